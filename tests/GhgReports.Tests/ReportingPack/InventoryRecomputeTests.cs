using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.ReportingPack;
using GhgReports.Submissions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;
using static GhgReports.Tests.ReportingPack.InventoryWorkbookTests;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

/// <summary>What a verifier does with the inventory workbook: reopen it, recompute every formula from its own row, check the inputs are numbers.</summary>
public sealed class InventoryRecomputeTests
{
    private const string NaturalGasIpcc = "ipcc2006/stationary/natural-gas";
    private const string DieselIpcc = "ipcc2006/stationary/diesel";

    public static TheoryData<string> Packs() => ["CP", "LW", "YN", "NM", "MIXED", "GROUP"];

    /// <summary>
    /// CP's sample plus one line of each kind the seed samples lack: a three-gas fuel factor in GJ against TJ, a biogenic
    /// fuel, a refrigerant-style release, green-certificate and on-site electricity, and a reported removal.
    /// </summary>
    internal static SubsidiaryWorkbook Mixed()
    {
        var seed = SeedSamples.ByCode("CP");
        return seed with
        {
            Sources =
            [
                .. seed.Sources,
                Activity(40, 1, "1.1", "CO2", 5_000m, Unit.GJ, NaturalGasIpcc) with { LineNumber = "40" },
                Activity(41, 1, "1.1", "CO2", 800m, Unit.GJ, DieselIpcc, biogenic: true) with { LineNumber = "41a" },
                Custom(42, 1, "1.4", "SF6", 2m, Unit.Kilogram, 1m, "kg/kg"),
                Activity(43, 2, "2.1", "CO2", 1_000m, Unit.MWh, SeedSamples.GridFactor, ContractualInstrument.GreenCertificate),
                Activity(44, 2, "2.1", "CO2", 500m, Unit.MWh, SeedSamples.GridFactor, ContractualInstrument.OnSiteGeneration),
                Reported(45, 1, "1.5", 12.5m, LineKind.Removal),
            ],
        };
    }

    internal static byte[] PackOf(string code) => code switch
    {
        "GROUP" => BuildGroup(GroupInputs()),
        "MIXED" => Build(Inputs(Mixed())),
        _ => Build(Inputs(code)),
    };

    [Theory]
    [MemberData(nameof(Packs))]
    public void Workbook_EveryFormula_RecomputesFromNumbersInItsRowToItsCachedValue(string code)
    {
        using var stream = new MemoryStream(Entry(PackOf(code), PackAssembler.InventoryEntry));
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = LinesPart(document);
        var formulas = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
            foreach (var cell in cells.Values.Where(c => c.CellFormula is not null))
            {
                formulas++;
                var product = 1d;
                foreach (var term in cell.CellFormula!.Text.Split('*'))
                {
                    Assert.Matches(ReferenceInRow(row.RowIndex!.Value), term);
                    var input = cells[term];
                    // A number cell (no type, or "n"), never text that only looks like one.
                    Assert.True(input.DataType is null || input.DataType.Value == CellValues.Number, $"{term} is {input.DataType?.Value}");
                    product *= double.Parse(input.CellValue!.Text, CultureInfo.InvariantCulture);
                }
                var cached = double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(product - cached) <= 1e-12 * Math.Max(1, Math.Abs(cached)), $"{cell.CellReference}: {cell.CellFormula.Text} = {product}, cached {cached}");
            }
        }
        Assert.True(formulas > 0);
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Workbook_ClosedXmlCalculation_AgreesWithEveryCachedValue(string code)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Entry(PackOf(code), PackAssembler.InventoryEntry)));

        var lines = Sheet(workbook, PackTexts.SheetLines);
        var formulas = lines.CellsUsed(c => c.HasFormula).ToList();
        Assert.NotEmpty(formulas);
        var cached = formulas.ToDictionary(c => c.Address.ToString()!, c => Convert.ToDouble(c.CachedValue, CultureInfo.InvariantCulture));
        // On opening, ClosedXML takes the cached values; recalculating makes its own engine evaluate every formula.
        workbook.RecalculateAllFormulas();
        Assert.All(formulas, c => Assert.Equal(cached[c.Address.ToString()!], c.GetDouble(), 9));
        Assert.Contains(formulas, c => cached[c.Address.ToString()!] != 0);
    }

    [Fact]
    public void Workbook_Mixed_EachGasOfALineHasItsRowAndTheLineFormula()
    {
        var inputs = Inputs(Mixed());
        using var workbook = OpenInventory(Build(inputs));

        var sheet = Sheet(workbook, PackTexts.SheetLines);
        IXLCell At(IXLRangeRow row, Bilingual header) => row.Cell(Column(sheet, header));
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 2).Select(r => r.RowUsed()).ToList();
        var gas = rows.Where(r => At(r, PackTexts.ColRow).GetDouble() == 40).ToList();
        Assert.Equal(["CH4", "CO2", "N2O"], gas.Select(r => At(r, PackTexts.ColGas).GetString()));
        // 5,000 GJ = 5 TJ; CH4 0.001 t/TJ × GWP 28 (AR5) = 0.14 tCO2e; N2O 0.0001 t/TJ × 265 = 0.1325.
        var ch4 = gas[0];
        Assert.Equal(5d, At(ch4, PackTexts.ColAmountInFactorUnit).GetDouble(), 9);
        Assert.Equal(0.001d, At(ch4, PackTexts.ColConversionFactor).GetDouble(), 12);
        Assert.Equal(28d, At(ch4, PackTexts.ColGwp).GetDouble());
        Assert.Equal(0.14d, At(ch4, PackTexts.ColLocation).GetDouble(), 9);
        Assert.Equal(0.1325d, At(gas[2], PackTexts.ColLocation).GetDouble(), 9);
        var location = At(ch4, PackTexts.ColLocation);
        Assert.Equal(
            string.Join("*", new[] { PackTexts.ColActivity, PackTexts.ColConversionFactor, PackTexts.ColFactorValue, PackTexts.ColGwp }
                .Select(h => At(ch4, h).Address.ToString())),
            location.FormulaA1);
        var line = inputs.Inventory.Lines.Single(l => l.Row == 40);
        Assert.Equal((double)line.Tco2e, gas.Sum(r => At(r, PackTexts.ColLocation).GetDouble()), 9);

        // Biogenic diesel: its CO2 is outside the totals (tCO2e 0, biogenic column the mass); its CH4 and N2O count.
        var biogenic = rows.Where(r => At(r, PackTexts.ColRow).GetDouble() == 41).ToDictionary(r => At(r, PackTexts.ColGas).GetString());
        Assert.Equal(0d, At(biogenic["CO2"], PackTexts.ColLocation).GetDouble());
        Assert.False(At(biogenic["CO2"], PackTexts.ColLocation).HasFormula);
        Assert.True(At(biogenic["CO2"], PackTexts.ColBiogenicCo2).HasFormula);
        Assert.Equal((double)inputs.Inventory.Lines.Single(l => l.Row == 41).BiogenicCo2Tonnes, At(biogenic["CO2"], PackTexts.ColBiogenicCo2).GetDouble(), 9);
        Assert.True(At(biogenic["CH4"], PackTexts.ColLocation).GetDouble() > 0);
        // "41a" is not a number, so it stays as typed; "40" is stored as the number 40.
        Assert.Equal("41a", At(biogenic["CO2"], PackTexts.ColLineNumber).GetString());
        Assert.Equal(XLDataType.Number, At(ch4, PackTexts.ColLineNumber).DataType);

        // Green certificate: location-based from the grid factor, market-based 0; on-site: nothing bought, 0 under both, no formula.
        var certificate = rows.Single(r => At(r, PackTexts.ColRow).GetDouble() == 43);
        Assert.Equal(570.3d, At(certificate, PackTexts.ColLocation).GetDouble(), 9);
        Assert.Equal(0d, At(certificate, PackTexts.ColMarket).GetDouble());
        Assert.Equal("绿证 green certificate", At(certificate, PackTexts.ColInstrument).GetString());
        var onSite = rows.Single(r => At(r, PackTexts.ColRow).GetDouble() == 44);
        Assert.Equal(0d, At(onSite, PackTexts.ColLocation).GetDouble());
        Assert.False(At(onSite, PackTexts.ColLocation).HasFormula);

        // A release of SF6: 2 kg × 1 kg/kg = 0.002 t × 23,500 (AR5) = 47 tCO2e.
        var sf6 = rows.Single(r => At(r, PackTexts.ColRow).GetDouble() == 42);
        Assert.Equal(47d, At(sf6, PackTexts.ColLocation).GetDouble(), 9);
        Assert.Equal("supplier declaration (test)", At(sf6, PackTexts.ColTitle).GetString());
        Assert.Equal("填报单位自报 as declared by the subsidiary", At(sf6, PackTexts.ColPublisher).GetString());

        // A reported removal: its figure as given, no formula, no factor.
        var removal = rows.Single(r => At(r, PackTexts.ColRow).GetDouble() == 45);
        Assert.Equal(12.5d, At(removal, PackTexts.ColLocation).GetDouble());
        Assert.False(At(removal, PackTexts.ColLocation).HasFormula);
        Assert.True(At(removal, PackTexts.ColFactorValue).IsEmpty());
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Workbook_LinesSheet_StoresQuantitiesAsNumbersAndNeverTheWordNone(string code)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Entry(PackOf(code), PackAssembler.InventoryEntry)));

        var sheet = Sheet(workbook, PackTexts.SheetLines);
        Bilingual[] numeric =
        [
            PackTexts.ColActivity, PackTexts.ColConversionFactor, PackTexts.ColAmountInFactorUnit, PackTexts.ColFactorValue, PackTexts.ColGasMass,
            PackTexts.ColGwp, PackTexts.ColLocation, PackTexts.ColMarket, PackTexts.ColBiogenicCo2, PackTexts.ColCategory, PackTexts.ColScope,
            PackTexts.ColRow,
        ];
        var data = sheet.RowsUsed().Where(r => r.RowNumber() > 2).ToList();
        foreach (var header in numeric)
        {
            var column = Column(sheet, header);
            Assert.All(data.Select(r => r.Cell(column)).Where(c => !c.IsEmpty()), c => Assert.True(c.DataType == XLDataType.Number, $"{header.En} {c.Address}: {c.DataType} {c.FormulaA1}"));
        }
        Assert.All(data, r => Assert.False(r.Cell(Column(sheet, PackTexts.ColLocation)).IsEmpty()));
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.GetString() == "None");
    }

    [Fact]
    public void Workbook_EveryLibraryFactorRow_CitesThePublisherAndDocumentOfTheCatalog()
    {
        using var workbook = OpenInventory(Build(Inputs(Mixed())));

        var sheet = Sheet(workbook, PackTexts.SheetLines);
        var factorRows = sheet.RowsUsed().Where(r => r.RowNumber() > 2 && Library.TryGet(r.Cell(Column(sheet, PackTexts.ColFactorId)).GetString(), out _)).ToList();
        Assert.NotEmpty(factorRows);
        foreach (var row in factorRows)
        {
            Library.TryGet(row.Cell(Column(sheet, PackTexts.ColFactorId)).GetString(), out var factor);
            Assert.Equal(factor!.Source.Publisher, row.Cell(Column(sheet, PackTexts.ColPublisher)).GetString());
            Assert.Equal(factor.Source.Title, row.Cell(Column(sheet, PackTexts.ColTitle)).GetString());
        }
    }

    [Fact]
    public void Workbook_EverySheet_PrintsOnePageWideWithItsHeaderRowsOnEveryPage()
    {
        using var workbook = OpenInventory(BuildGroup(GroupInputs()));

        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.Equal(0, sheet.PageSetup.PagesTall);
            var (first, last) = sheet.Position == 1 ? (0, 0) : sheet.Name == "GWP" ? (1, 4) : (1, 2);
            Assert.Equal((first, last), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
        }
    }

    [Fact]
    public void Workbook_Readme_RowsAreTallEnoughForTheirWrappedText()
    {
        using var workbook = OpenInventory(Build(Inputs("NM")));

        var readme = Sheet(workbook, PackTexts.SheetReadme);
        var wrapped = readme.CellsUsed(c => c.Style.Alignment.WrapText && c.GetString().Length > 0).ToList();
        Assert.NotEmpty(wrapped);
        foreach (var cell in wrapped)
        {
            // At least a line of 15 pt per line break, and more than one line for text wider than its column
            // (a CJK character is about two digits wide).
            var text = cell.GetString();
            var breaks = text.Count(ch => ch == '\n') + 1;
            var width = text.Split('\n').Max(s => s.Sum(ch => ch >= '\u2E80' ? 2 : 1));
            var needed = Math.Max(breaks, width > cell.WorksheetColumn().Width ? 2 : 1) * 15d;
            Assert.True(cell.WorksheetRow().Height >= needed, $"{cell.Address}: height {cell.WorksheetRow().Height} < {needed} for {text.Length} characters");
        }
    }

    private static WorksheetPart LinesPart(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == InventoryWorkbookWriter.SheetName(PackTexts.SheetLines));
        return (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
    }

    private static Regex ReferenceInRow(uint row) => new($"^[A-Z]+{row}$");
}
