using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Units;
using GhgReports.Submissions;
using static GhgReports.Tests.Inventory.Calculation.CalculationFixtures;

namespace GhgReports.Tests.Inventory.Calculation;

public sealed class Scope2Tests
{
    private const string Grid = "cn-grid/2022/national-carbon-market";

    private static SubsidiaryWorkbook MixedElectricity() => Workbook(
        Reported(3, 1, "1.1", 100m),
        Activity(4, 2, "2.1", "CO2", 1_000m, Unit.MWh, Grid),
        Activity(5, 2, "2.1", "CO2", 200m, Unit.MWh, Grid, ContractualInstrument.GreenCertificate),
        Activity(6, 2, "2.1", "CO2", 100m, Unit.MWh, Grid, ContractualInstrument.PowerPurchaseAgreement),
        Activity(7, 2, "2.1", "CO2", 300m, Unit.MWh, Grid, ContractualInstrument.OnSiteGeneration));

    [Fact]
    public void Calculate_MixedInstruments_SplitsLocationAndMarketBased()
    {
        var inventory = LibraryCalculator().Calculate(MixedElectricity(), Ar5);

        // Location: (1,000 + 200 + 100) MWh × 0.5703 = 741.39; on-site 300 MWh is not purchased → 0
        Assert.Equal(741.39m, inventory.CategoryEmissions(2, Scope2Method.LocationBased));
        // Market: 1,000 × 0.5703 (grid average as residual proxy) = 570.3; certificates and PPA → 0; on-site → 0
        Assert.Equal(570.3m, inventory.CategoryEmissions(2, Scope2Method.MarketBased));
        // Scope 1+2: 100 + 741.39 = 841.39 location-based; 100 + 570.3 = 670.3 market-based
        Assert.Equal(841.39m, inventory.TotalScope12(Scope2Method.LocationBased));
        Assert.Equal(670.3m, inventory.TotalScope12(Scope2Method.MarketBased));
    }

    [Fact]
    public void Calculate_GreenCertificateLine_IsZeroOnlyUnderMarketBased()
    {
        var line = LibraryCalculator().Calculate(MixedElectricity(), Ar5).Lines.Single(l => l.Row == 5);

        // 200 MWh × 0.5703 = 114.06 location-based; 0 market-based
        Assert.Equal(114.06m, line.LocationBasedTco2e);
        Assert.Equal(0m, line.MarketBasedTco2e);
        Assert.Equal(114.06m, line.Tco2eFor(Scope2Method.LocationBased));
        Assert.Contains(line.Notes, n => n.Zh.Contains("绿证", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_OnSiteGeneration_IsZeroUnderBothMethods()
    {
        var line = LibraryCalculator().Calculate(MixedElectricity(), Ar5).Lines.Single(l => l.Row == 7);

        Assert.Equal(0m, line.Tco2e);
        Assert.Equal(0m, line.LocationBasedTco2e);
        Assert.Equal(0m, line.MarketBasedTco2e);
        Assert.Equal(0m, line.GasTonnes["CO2"]);
        Assert.Contains(line.Notes, n => n.En.Contains("not purchased", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_NoInstrumentWithGridProxy_SaysChinaHasNoResidualMix()
    {
        var line = LibraryCalculator().Calculate(MixedElectricity(), Ar5).Lines.Single(l => l.Row == 4);

        Assert.Equal(line.LocationBasedTco2e, line.MarketBasedTco2e);
        Assert.Contains(line.Notes, n => n.En.Contains("China publishes no residual mix", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_NoInstrumentWithResidualFactor_UsesThatFactorForMarketBased()
    {
        var catalog = new TestFactorCatalog("test@1",
            Factor("grid/avg", Unit.MWh, new Dictionary<string, decimal> { ["CO2"] = 0.5m }),
            Factor("grid/residual", Unit.MWh, new Dictionary<string, decimal> { ["CO2"] = 0.6m }));
        var settings = Ar5 with { ResidualMix = new ResidualMixChoice.Factor("grid/residual") };

        var inventory = new InventoryCalculator(catalog, Gwps).Calculate(Workbook(
            Activity(3, 2, "2.1", "CO2", 2_000m, Unit.MWh, "grid/avg"),
            Activity(4, 2, "2.1", "CO2", 500m, Unit.MWh, "grid/avg", ContractualInstrument.GreenCertificate)), settings);

        // Location: 2,500 MWh × 0.5 = 1,250; market: 2,000 MWh × 0.6 residual = 1,200 (+ 0 for certificates)
        Assert.Equal(1_250m, inventory.CategoryEmissions(2, Scope2Method.LocationBased));
        Assert.Equal(1_200m, inventory.CategoryEmissions(2, Scope2Method.MarketBased));
    }

    [Fact]
    public void Calculate_ReportedElectricityUnderCertificates_IsZeroMarketBased()
    {
        var inventory = LibraryCalculator().Calculate(Workbook(
            Reported(3, 2, "2.1", 400m),
            Reported(4, 2, "2.1", 100m, instrument: ContractualInstrument.GreenCertificate)), Ar5);

        // Location 400 + 100 = 500; market 400 + 0 = 400
        Assert.Equal(500m, inventory.CategoryEmissions(2, Scope2Method.LocationBased));
        Assert.Equal(400m, inventory.CategoryEmissions(2, Scope2Method.MarketBased));
    }

    [Fact]
    public void Calculate_NonElectricityCategories_AreTheSameUnderBothMethods()
    {
        var inventory = LibraryCalculator().Calculate(MixedElectricity(), Ar5);

        Assert.Equal(inventory.CategoryEmissions(1, Scope2Method.LocationBased), inventory.CategoryEmissions(1, Scope2Method.MarketBased));
        Assert.Null(inventory.Lines.Single(l => l.Row == 3).MarketBasedTco2e);
    }
}
