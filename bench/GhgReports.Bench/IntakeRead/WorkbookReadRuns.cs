using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using GhgReports.Intake;
using GhgReports.Intake.Reading;
using GhgReports.Inventory.Factors;

namespace GhgReports.Bench.IntakeRead;

/// <summary>One way of reading the whole workbook; <see cref="Run"/> returns a count that proves the work was done.</summary>
internal interface IWorkbookReadRun
{
    string Key { get; }

    string Label { get; }

    /// <summary>Anything the table should say about this run (e.g. the validator was not found).</summary>
    string? Note { get; }

    long Run(string path);
}

internal static class WorkbookReadRuns
{
    public const string Ours = "ours";
    public const string ExcelDataReaderRaw = "exceldatareader";
    public const string SaxFloor = "sax";
    public const string ClosedXmlLoad = "closedxml";

    /// <summary>In the order the table lists them.</summary>
    public static IReadOnlyList<string> Keys { get; } = [Ours, ExcelDataReaderRaw, SaxFloor, ClosedXmlLoad];

    public static IWorkbookReadRun Create(string key) => key switch
    {
        Ours => new OurReaderRun(),
        ExcelDataReaderRaw => new ExcelDataReaderRun(),
        SaxFloor => new OpenXmlSaxRun(),
        ClosedXmlLoad => new ClosedXmlRun(),
        _ => throw new ArgumentException($"Unknown reader '{key}'. Known: {string.Join(", ", Keys)}.", nameof(key)),
    };
}

/// <summary>
/// Our intake path as the blob trigger runs it: <see cref="WorkbookCheck"/> (pre-flight, ExcelDataReader, field
/// parsing, validation against the embedded factor library). Returns the number of source lines read.
/// </summary>
internal sealed class OurReaderRun : IWorkbookReadRun
{
    private readonly WorkbookCheck _check = new(FactorCatalog.LoadEmbedded());

    public string Key => WorkbookReadRuns.Ours;

    public string Label => "ours: WorkbookCheck (read + validate)";

    public string? Note => null;

    public long Run(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        var result = _check.Check(stream);
        if (result.Workbook is not { } workbook)
        {
            throw new InvalidOperationException($"Our check returned no workbook: {result.Problems.Count} problems, first: {result.Problems.FirstOrDefault()}");
        }
        return workbook.Sources.Count;
    }
}

/// <summary>ExcelDataReader alone, every cell of every sheet: the library our reader is built on.</summary>
internal sealed class ExcelDataReaderRun : IWorkbookReadRun
{
    static ExcelDataReaderRun() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public string Key => WorkbookReadRuns.ExcelDataReaderRaw;

    public string Label => "ExcelDataReader 3.6.0 alone";

    public string? Note => null;

    public long Run(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var tally = new ValueTally();
        do
        {
            while (reader.Read())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    tally.Add(reader.GetValue(c));
                }
            }
        }
        while (reader.NextResult());
        return tally.Values;
    }
}

/// <summary>
/// The floor: OpenXml 2.20's SAX reader over each worksheet, every cell's value read and shared strings resolved,
/// numbers parsed. No reader that hands out typed values can do much less.
/// </summary>
internal sealed class OpenXmlSaxRun : IWorkbookReadRun
{
    public string Key => WorkbookReadRuns.SaxFloor;

    public string Label => "OpenXml 2.20 SAX (floor)";

    public string? Note => null;

    public long Run(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("No workbook part.");
        var sharedStrings = ReadSharedStrings(workbookPart.SharedStringTablePart);
        var tally = new ValueTally();
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            ReadCells(part, sharedStrings, ref tally);
        }
        return tally.Values;
    }

    private static void ReadCells(WorksheetPart part, string[] sharedStrings, ref ValueTally tally)
    {
        using var reader = OpenXmlReader.Create(part);
        string? cellType = null;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }
            var type = reader.ElementType;
            if (type == typeof(Cell))
            {
                cellType = null;
                foreach (var attribute in reader.Attributes)
                {
                    if (attribute.LocalName == "t")
                    {
                        cellType = attribute.Value;
                    }
                }
            }
            else if (type == typeof(CellValue))
            {
                var text = reader.GetText();
                tally.Add(cellType switch
                {
                    "s" => sharedStrings[int.Parse(text, CultureInfo.InvariantCulture)],
                    null or "n" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                    "b" => text == "1",
                    _ => text,
                });
            }
        }
    }

    private static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }
        var strings = new List<string>();
        var item = new StringBuilder();
        var phonetic = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    item.Clear();
                }
                else
                {
                    strings.Add(item.ToString());
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                phonetic += reader.IsStartElement ? 1 : -1;
            }
            else if (type == typeof(Text) && reader.IsStartElement && phonetic == 0)
            {
                item.Append(reader.GetText());
            }
        }
        return strings.ToArray();
    }
}

/// <summary>ClosedXML 0.95.4 loading the whole workbook, then every used cell's value (cached value for formulas).</summary>
internal sealed class ClosedXmlRun : IWorkbookReadRun
{
    public string Key => WorkbookReadRuns.ClosedXmlLoad;

    public string Label => "ClosedXML 0.95.4 full load";

    public string? Note => null;

    public long Run(string path)
    {
        using var workbook = new XLWorkbook(path);
        var tally = new ValueTally();
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                // Value would re-evaluate formulas; the other readers return the cached value, so this does too.
                tally.Add(cell.HasFormula ? cell.CachedValue : cell.Value);
            }
        }
        return tally.Values;
    }
}

/// <summary>Consumes values so the work cannot be optimised away, and counts them.</summary>
internal struct ValueTally
{
    public long Values { get; private set; }

    public double Checksum { get; private set; }

    public void Add(object? value)
    {
        if (value is null)
        {
            return;
        }
        Values++;
        Checksum += value switch
        {
            double d => d,
            string s => s.Length,
            DateTime dt => dt.Day,
            bool b => b ? 1 : 0,
            _ => 1,
        };
    }
}
