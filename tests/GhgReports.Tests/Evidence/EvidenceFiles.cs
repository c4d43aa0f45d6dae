using System.IO.Compression;
using System.Text;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using SkiaSharp;

namespace GhgReports.Tests.Evidence;

/// <summary>Real evidence files, made the way officers' tools make them, and hostile ones.</summary>
internal static class EvidenceFiles
{
    /// <summary>A one-page PDF from Skia's PDF backend, as a scanned statement would be.</summary>
    public static byte[] Pdf()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            using var canvas = document.BeginPage(595.28f, 841.89f);
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawRect(100, 100, 200, 50, paint);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    public static byte[] Image(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A real workbook: the CP sample as the template writer writes it.</summary>
    public static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, [], SeedSamples.ByCode("CP"));
        return stream.ToArray();
    }

    /// <summary>The same workbook with a VBA project added, as Excel saves an .xlsm.</summary>
    public static byte[] WorkbookWithMacros()
    {
        using var stream = new MemoryStream();
        stream.Write(Workbook());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var vba = zip.CreateEntry("xl/vbaProject.bin").Open();
            vba.Write([0xD0, 0xCF, 0x11, 0xE0]);
        }
        return stream.ToArray();
    }

    /// <summary>A minimal, well-formed PDF whose catalog runs JavaScript on opening; <paramref name="name"/> as written in the file.</summary>
    public static byte[] PdfWithJavaScript(string name = "/JavaScript") => Encoding.Latin1.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + $"3 0 obj << /S {name} /JS (app.alert\\(1\\)) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The first bytes of a Windows executable.</summary>
    public static byte[] Executable() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
}
