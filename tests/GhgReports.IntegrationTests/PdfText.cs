using System.Diagnostics;

namespace GhgReports.IntegrationTests;

/// <summary>A PDF's text as poppler's pdftotext reads it (what a reader's viewer shows), whitespace folded to single spaces.</summary>
internal static class PdfText
{
    public static string Of(byte[] pdf, int? lastPage = null)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
            if (lastPage is { } last)
            {
                info.ArgumentList.Add("-l");
                info.ArgumentList.Add(last.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            info.ArgumentList.Add(path);
            info.ArgumentList.Add("-");
            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
