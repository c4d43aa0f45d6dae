using System.Globalization;
using ClosedXML.Excel;
using GhgReports.Localization;
using Q = GhgReports.Localization.PackQueryTexts;

namespace GhgReports.ReportingPack;

/// <summary>
/// The 核查问询 Queries appendix of a subsidiary pack: each query a verifier raised on a line of the submission (sheet
/// and row as in the workbook), the officer's answer with the evidence file it cites (in the pack's evidence folder), and
/// who closed it. Oldest first, as raised; text written as text, like every sheet of the pack.
/// </summary>
internal static class QueriesSheet
{
    public static void Write(IXLWorksheet sheet, IReadOnlyList<PackQuery> queries)
    {
        InventoryWorkbookWriter.TableHeader(sheet,
        [
            (Q.ColSheet, 16), (Q.ColRow, 6), (Q.ColQuestion, 50), (Q.ColRaised, 26), (Q.ColStatus, 18), (Q.ColAnswer, 50), (Q.ColAnswered, 26),
            (Q.ColEvidence, 26), (Q.ColClosed, 34),
        ]);
        var row = InventoryWorkbookWriter.HeaderRows + 1;
        foreach (var query in queries)
        {
            InventoryWorkbookWriter.Text(sheet.Cell(row, 1), query.Sheet);
            sheet.Cell(row, 2).Value = query.Row;
            InventoryWorkbookWriter.Text(sheet.Cell(row, 3), query.Question).Style.Alignment.WrapText = true;
            InventoryWorkbookWriter.Text(sheet.Cell(row, 4), $"{query.RaisedBy} {At(query.RaisedAt)}");
            InventoryWorkbookWriter.Text(sheet.Cell(row, 5), InventoryWorkbookWriter.Display(Status(query.Status)));
            InventoryWorkbookWriter.Text(sheet.Cell(row, 6), query.Answer).Style.Alignment.WrapText = true;
            InventoryWorkbookWriter.Text(sheet.Cell(row, 7), query.AnsweredBy is null ? null : $"{query.AnsweredBy} {At(query.AnsweredAt)}");
            InventoryWorkbookWriter.Text(sheet.Cell(row, 8), query.EvidenceFile);
            InventoryWorkbookWriter.Text(sheet.Cell(row, 9), query.ClosedBy is null ? null
                : $"{query.ClosedBy} {At(query.ClosedAt)}" + (query.ClosingNote is null ? "" : $": {query.ClosingNote}")).Style.Alignment.WrapText = true;
            row++;
        }
        InventoryWorkbookWriter.Freeze(sheet, 2);
    }

    private static Bilingual Status(string status) => status switch
    {
        "closed" => Q.Closed,
        "answered" => Q.Answered,
        _ => Q.Open,
    };

    private static string At(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";
}
