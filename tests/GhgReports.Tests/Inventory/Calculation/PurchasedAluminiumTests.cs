using ClosedXML.Excel;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.Tests.Intake;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Tests.Inventory.Calculation;

/// <summary>The purchased-aluminium intensity counts the aluminium inputs only; other purchased goods are reported beside it.</summary>
public sealed class PurchasedAluminiumTests
{
    // 1,000 t of aluminium bought: ingot 9,000 tCO2e and scrap 800 tCO2e; packaging 150 and additives 50 tCO2e.
    private static SubsidiaryInventory Calculated(string? ingot, string? scrap, string? packaging, string? additives) =>
        LibraryCalculator().Calculate(Workbook(Entity("PA", purchased: 1_000m),
            Reported(3, 1, "1.1", 10m),
            Reported(4, 4, "4.1", 9_000m, scope3: 1) with { Material = ingot },
            Reported(5, 4, "4.1", 800m, scope3: 1) with { Material = scrap },
            Reported(6, 4, "4.1", 150m, scope3: 1) with { Material = packaging },
            Reported(7, 4, "4.1", 50m, scope3: 1) with { Material = additives }), Ar5);

    [Fact]
    public void Calculate_MaterialsDeclared_DividesOnlyTheAluminiumInputsByTheTonnesBought()
    {
        var inventory = Calculated("primary-ingot", "scrap", "other", "other");

        // (9,000 + 800) ÷ 1,000 t = 9.8 tCO2e/t, not (9,000 + 800 + 150 + 50) ÷ 1,000 = 10.0
        Assert.Equal(9.8m, inventory.PurchasedAluminiumIntensity);
        Assert.Equal(200m, inventory.PurchasedAluminium.OtherGoodsTco2e);
        Assert.Equal(10_000m, inventory.PurchasedGoodsTco2e);
        Assert.True(inventory.PurchasedAluminium.ByMaterial);
        Assert.Null(inventory.PurchasedAluminium.Warning);
    }

    [Fact]
    public void Calculate_NoMaterialDeclared_KeepsTheEarlierReadingAndWarns()
    {
        var inventory = Calculated(null, null, null, null);

        // 10,000 ÷ 1,000 = 10.0, as before the column existed
        Assert.Equal(10m, inventory.PurchasedAluminiumIntensity);
        Assert.False(inventory.PurchasedAluminium.ByMaterial);
        Assert.StartsWith("No scope 3 cat. 1 line (rows 4, 5, 6, 7) declares its material", inventory.PurchasedAluminium.Warning!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SomeLinesWithoutMaterial_CountsThemAsOtherGoodsAndSaysWhich()
    {
        var inventory = Calculated("alloy", "scrap", null, "other");

        // 9,800 ÷ 1,000 = 9.8; rows 6 (150) and 7 (50) are other goods
        Assert.Equal(9.8m, inventory.PurchasedAluminiumIntensity);
        Assert.Equal(200m, inventory.PurchasedAluminium.OtherGoodsTco2e);
        Assert.StartsWith("Rows 6 are scope 3 cat. 1 purchases without a material", inventory.PurchasedAluminium.Warning!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SampleOfTheEarlierTemplateWithoutTheMaterialColumn_IsAcceptedWithTheSameIntensityAndAWarning()
    {
        var settings = Ar5;
        var check = new WorkbookCheck(SampleWorkbooks.Factors, calculator: LibraryCalculator(), settings: settings);
        var materialColumn = S.Sources.Fields.ToList().FindIndex(f => f.Key == "material") + 1;
        using var published = SampleWorkbooks.Write("CP");
        using var earlier = SampleWorkbooks.Edited("CP", wb => SampleWorkbooks.Sheet(wb, S.Sources).Column(materialColumn).Delete());

        var now = check.Check(published);
        var before = check.Check(earlier);

        Assert.True(now.Accepted);
        Assert.True(before.Accepted);
        Assert.DoesNotContain(now.Problems, p => p.Code == "material-not-declared");
        var warning = Assert.Single(before.Problems, p => p.Code == "material-not-declared");
        Assert.False(warning.IsError);
        // CP: 2,417,620 tCO2e on one aluminium line either way ÷ 147,400 t
        Assert.Equal(now.Inventory!.PurchasedAluminiumIntensity, before.Inventory!.PurchasedAluminiumIntensity);
        Assert.Equal(Math.Round(2_417_620m / SeedSamples.ByCode("CP").Entity.PurchasedAluminiumTonnes, 6), Math.Round(now.Inventory.PurchasedAluminiumIntensity!.Value, 6));
    }

    [Fact]
    public void Calculate_LaterYearSamples_DeclareTheirAluminiumLines()
    {
        foreach (var workbook in LaterYearSamples.For(2024))
        {
            var inventory = LibraryCalculator().Calculate(workbook, Ar5);

            Assert.True(inventory.PurchasedAluminium.ByMaterial, workbook.Entity.SubsidiaryCode);
            Assert.Null(inventory.PurchasedAluminium.Warning);
            Assert.Equal(inventory.PurchasedGoodsTco2e, inventory.PurchasedAluminium.AluminiumTco2e);
            Assert.Equal(2024, inventory.ReportingYear);
        }
    }
}
