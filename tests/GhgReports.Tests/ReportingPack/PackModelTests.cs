using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.ReportingPack;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

public sealed class PackModelTests
{
    [Fact]
    public void ForSubsidiary_Seed_ChecklistHasItemsAToTInOrderEachWithContentInBothLanguages()
    {
        var model = PackModelBuilder.ForSubsidiary(Inputs("CP"));

        Assert.Equal("abcdefghijklmnopqrst".Select(c => c.ToString()), model.Checklist.Select(i => i.Item));
        Assert.All(model.Checklist, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Content.Zh));
            Assert.False(string.IsNullOrWhiteSpace(item.Content.En));
            Assert.False(string.IsNullOrWhiteSpace(item.Requirement.Zh));
            Assert.False(string.IsNullOrWhiteSpace(item.Location.En));
        });
    }

    [Fact]
    public void ForSubsidiary_Seed_StatesWhatIsNotProvidedInsteadOfLeavingItOut()
    {
        // The sample without its declared uncertainties, and a group workbook without criteria (the earlier template).
        var inputs = Inputs("CP");
        inputs = inputs with
        {
            Workbook = inputs.Workbook with { Sources = [.. inputs.Workbook.Sources.Select(s => s with { UncertaintyPercent = null })] },
            Inventory = inputs.Inventory with { Lines = [.. inputs.Inventory.Lines.Select(l => l with { UncertaintyPercent = null })] },
            Group = inputs.Group with { SignificanceCriteria = null },
        };
        var model = PackModelBuilder.ForSubsidiary(inputs);
        var items = model.Checklist.ToDictionary(i => i.Item);

        // No line uncertainty declared, so p) and q) say "not assessed".
        Assert.Equal(ChecklistStatus.NotProvided, items["q"].Status);
        Assert.StartsWith("Not assessed: 4 line(s)", items["q"].Content.En, StringComparison.Ordinal);
        Assert.Null(model.Uncertainty.Percent);
        // The workbooks carry significance decisions but not the criteria behind them.
        Assert.Equal(ChecklistStatus.NotProvided, items["e"].Status);
        Assert.Contains("pre-determined criteria", items["e"].Content.En, StringComparison.Ordinal);
        // No removals quantified: h) is not applicable, and says so.
        Assert.Equal(ChecklistStatus.NotApplicable, items["h"].Status);
        Assert.Equal("No GHG removals were quantified for this period.", items["h"].Content.En);
        // 2023 is the base year: the inventory is the base-year inventory.
        Assert.Equal(ChecklistStatus.Provided, items["k"].Status);
        Assert.Equal("The base year is 2023; this inventory is the base-year inventory.", items["k"].Content.En);
    }

    [Fact]
    public void ForSubsidiary_Seed_CategoriesFiveAndSixCarryTheirJustification()
    {
        var model = PackModelBuilder.ForSubsidiary(Inputs("LW"));

        foreach (var category in new[] { 5, 6 })
        {
            var decision = model.Significance.Single(s => s.Category == category);
            Assert.False(decision.Included);
            Assert.True(decision.Justified);
            Assert.StartsWith("按集团重要性判定准则不重大", decision.Justification.Zh, StringComparison.Ordinal);
            Assert.StartsWith("Not significant under the group's criteria", decision.Justification.En, StringComparison.Ordinal);
        }
        Assert.All(model.Significance.Where(s => s.Category <= 4), s => Assert.True(s.Included));
        Assert.Contains("category 5: Not significant", model.Checklist.Single(i => i.Item == "i").Content.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSubsidiary_Yunnan_DirectEmissionsPerGasAndFactorsWithSources()
    {
        var inputs = Inputs("YN");
        var model = PackModelBuilder.ForSubsidiary(inputs);

        var direct = model.Inventory.DirectByGas.ToList();
        Assert.Equal(model.Inventory.GetCategory(1).LocationBasedTco2e, direct.Sum(g => g.Tco2e));
        Assert.Equal(["CO2"], direct.Select(g => g.Gas));
        Assert.Equal(1m, direct[0].Gwp);
        Assert.Equal([SeedSamples.DieselFactor, SeedSamples.NaturalGasFactor, SeedSamples.GridFactor], model.Factors.Select(f => f.Factor.Id));
        Assert.All(model.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Factor.Source.Publisher)));
        Assert.Equal("AR5", model.Gwp.Id);
        Assert.Equal(["CO2"], model.Gwp.Values.Where(v => v.Used).Select(v => v.Gas));
        Assert.Contains("Values applied: CO2 1.", model.Checklist.Single(i => i.Item == "t").Content.En, StringComparison.Ordinal);
        Assert.Equal(inputs.Inventory.TotalAllCategories(Scope2Method.MarketBased), model.Inventory.TotalMarketBasedTco2e);
    }

    [Fact]
    public void ForSubsidiary_NeiMongolNewMaterials_WarnsThatItsPeriodIsNotTheCalendarYear()
    {
        var model = PackModelBuilder.ForSubsidiary(Inputs("NM"));

        Assert.Equal("2023-09-01 to 2024-08-31, declared under 2023; the period is not the calendar year", model.PeriodText.En);
        Assert.Contains(model.Warnings, w => w.Zh.StartsWith("报告期 2023-09-01 至 2024-08-31 不是 2023 自然年", StringComparison.Ordinal));
        Assert.Equal("Verified by 第三方核查机构（样例） Third-party verifier (sample) under ISO 14064-3, level of assurance: reasonable; statement reference: SAMPLE-NM-2023.",
            model.Verification.Text.En);
    }
}
