using GhgReports.Intake;
using GhgReports.Intake.Group;
using GhgReports.Intake.Workbook;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Intake;

/// <summary>Text cells have limits below what storage holds: a longer cell is the officer's problem at its cell, never a storage fault.</summary>
public sealed class TextLimitsTests
{
    private const int TablePropertyChars = 32_767;
    private const int BatchBytes = 4 * 1024 * 1024;

    public static TheoryData<string> DataSheets() =>
        [.. S.DataSheets.Select(s => "subsidiary:" + s.Key), .. GroupWorkbookSchema.DataSheets.Select(s => "group:" + s.Key)];

    [Theory]
    [MemberData(nameof(DataSheets))]
    public void Limits_LongestPossibleRowOfEverySheet_FitsOneTablePropertyAndABatchOfAHundred(string sheet)
    {
        var spec = sheet.StartsWith("subsidiary:", StringComparison.Ordinal)
            ? S.DataSheets.Single(s => "subsidiary:" + s.Key == sheet)
            : GroupWorkbookSchema.DataSheets.Single(s => "group:" + s.Key == sheet);

        // Every text field at its limit, plus for every field a short text's worth twice over: its JSON name, a number,
        // and what a row derives from a cell (a unit's symbol beside its text).
        var longestRow = spec.Fields.Sum(f => (f.Kind is FieldKind.Text or FieldKind.LongText ? TextLimits.Of(f) : 0) + 2 * TextLimits.ShortText);
        Assert.True(longestRow < TablePropertyChars, $"{sheet}: {longestRow:N0} characters");
        // A stored character is at most three UTF-8 bytes (CJK); an escaped one is six ASCII characters already counted.
        // Plus the batch's own headers, about 500 bytes per operation. A key-value sheet is one row.
        if (spec == S.Sources)
        {
            // Source lines are streamed while the sheet is read, in batches of a hundred whatever their size: a hundred
            // of the longest must fit.
            var batch = 100 * (3L * longestRow + 500);
            Assert.True(batch < BatchBytes, $"{sheet}: {batch:N0} bytes per batch");
            return;
        }
        // Every other sheet goes through the batch writer, which closes a batch before 4 MiB: a hundred of the longest
        // rows (every character three bytes, as CJK text is) make batches that fit.
        var rows = Enumerable.Range(0, spec.Layout == SheetLayout.Table ? 100 : 1).Select(i => new GhgReports.Storage.DetailRowEntity
        {
            PartitionKey = "s-kind-000", RowKey = i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), Sheet = spec.TemplateName,
            Data = new string('说', longestRow),
        }).ToList();
        var batches = GhgReports.Storage.TableBatchWriter.Plan(rows);
        Assert.Equal(rows.Count, batches.Sum(b => b.Count));
        Assert.All(batches, b =>
        {
            var bytes = b.Sum(e => 3L * ((GhgReports.Storage.DetailRowEntity)e).Data.Length + 500);
            Assert.True(bytes < BatchBytes, $"{sheet}: {bytes:N0} bytes in a batch of {b.Count}");
        });
    }

    [Fact]
    public void Check_ExcelsLongestNotesCell_IsAProblemAtItsCellInBothLanguages()
    {
        using var stream = SampleWorkbooks.Edited("CP", wb => SampleWorkbooks.TableCell(wb, S.Sources, 4, "notes").SetValue(new string('说', 32_767)));

        var result = new WorkbookCheck(SampleWorkbooks.Factors).Check(stream);

        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(("text-too-long", "排放源 Sources", 4), (problem.Code, problem.Sheet, problem.Row));
        Assert.Contains("32,767", problem.Message.En, StringComparison.Ordinal);
        Assert.Contains("2,000", problem.Message.Zh, StringComparison.Ordinal);
        Assert.Equal("at most 2,000 characters", problem.Expected!.En);
        Assert.StartsWith("说说说", problem.ValueSeen, StringComparison.Ordinal);
        Assert.True(problem.ValueSeen!.Length < 50);
    }

    [Fact]
    public void Check_NotesAtTheLimitAndEscapedCharactersCountedAsStored()
    {
        using var atLimit = SampleWorkbooks.Edited("CP", wb => SampleWorkbooks.TableCell(wb, S.Sources, 4, "notes").SetValue(new string('说', TextLimits.LongText)));
        using var escaped = SampleWorkbooks.Edited("CP", wb => SampleWorkbooks.TableCell(wb, S.Sources, 4, "notes").SetValue(new string('<', 400)));

        Assert.True(new WorkbookCheck(SampleWorkbooks.Factors).Check(atLimit).Accepted);
        // 400 × "<" is stored as 400 × "\u003C": 2,400 characters.
        var problem = Assert.Single(new WorkbookCheck(SampleWorkbooks.Factors).Check(escaped).Problems, p => p.IsError);
        Assert.Contains("2,400", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShortTextOverItsLimit_IsAProblemAtItsCell()
    {
        using var stream = SampleWorkbooks.Edited("CP", wb => SampleWorkbooks.TableCell(wb, S.Sources, 4, "source").SetValue(new string('a', 201)));

        var problem = Assert.Single(new WorkbookCheck(SampleWorkbooks.Factors).Check(stream).Problems, p => p.IsError);

        Assert.Equal("text-too-long", problem.Code);
        Assert.Equal("at most 200 characters", problem.Expected!.En);
    }
}
