using GhgReports.Intake.Samples;
using static GhgReports.Tests.Intake.BrokenWorkbooks;

namespace GhgReports.Tests.Intake;

/// <summary>
/// Unsafe or damaged XML and values that cannot stand, each in a real file: entity expansion, external entities,
/// truncated or corrupted parts, text or negative figures, periods that end before they start.
/// </summary>
public sealed class UntrustedContentTests : UntrustedWorkbookChecks
{
    [Fact]
    public void Check_BillionLaughsInSheetPart_ReportsXmlUnsafe()
    {
        var bytes = WithDoctype(SourcesPart, BillionLaughs);

        AssertRefused(CheckBytes(bytes), "xml-unsafe");
    }

    [Fact]
    public void Check_ExternalEntityInSheetPart_ReportsXmlUnsafe()
    {
        var bytes = WithDoctype(SourcesPart, ExternalEntity);

        AssertRefused(CheckBytes(bytes), "xml-unsafe");
    }

    [Fact]
    public void Check_ExternalEntityInSharedStrings_ReportsXmlUnsafe()
    {
        // Shared strings are parsed before any sheet, with the same safe XmlReader settings.
        var bytes = WithDoctype(_ => "xl/sharedStrings.xml", ExternalEntity);

        AssertRefused(CheckBytes(bytes), "xml-unsafe");
    }

    [Fact]
    public void Check_TruncatedZip_ReportsUnreadable()
    {
        var valid = Valid();

        AssertRefused(CheckBytes(valid[..(valid.Length / 2)]), "unreadable");
    }

    [Fact]
    public void Check_CorruptedSheetData_ReportsUnreadable()
    {
        var bytes = WithCorruptEntry(Valid(), "xl/worksheets/sheet4.xml");

        AssertRefused(CheckBytes(bytes), "unreadable");
    }

    [Fact]
    public void Check_TextInActivityCell_ReportsNotANumberAtCell()
    {
        var problem = AssertRefused(CheckBytes(WithSourcesText("I4", "abc")), "not-a-number", SourcesSheet, "I4");

        Assert.Equal("abc", problem.ValueSeen);
    }

    [Fact]
    public void Check_NegativeActivity_ReportsNegativeAtCell()
    {
        AssertRefused(CheckBytes(WithSourcesNumber("I4", -106223)), "negative", SourcesSheet, "I4");
    }

    [Theory]
    [InlineData("11,678")]
    [InlineData("１１，６７８")]
    [InlineData(" 11678 ")]
    public void Check_ThousandsSeparatedText_IsAcceptedAsNumber(string typed)
    {
        // O3 is the reported tCO2e of the first source row, 11678 in the sample.
        var result = CheckBytes(WithSourcesText("O3", typed));

        AssertAccepted(result);
        Assert.Equal(11678m, result.Workbook!.Sources.Single(s => s.Row == 3).ReportedTco2e);
    }

    [Fact]
    public void Check_PeriodEndBeforeStart_ReportsPeriodOrderAtPeriodEnd()
    {
        var sample = SeedSamples.ByCode("CP");
        var swapped = sample with { Entity = sample.Entity with { PeriodStart = sample.Entity.PeriodEnd, PeriodEnd = sample.Entity.PeriodStart } };

        AssertRefused(CheckBytes(Write(swapped)), "period-order", EntitySheet, "C6");
    }
}
