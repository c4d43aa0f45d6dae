using GhgReports.Intake.Samples;
using GhgReports.Inventory.Calculation;
using GhgReports.ReportingPack;
using static GhgReports.Tests.ReportingPack.PackFixtures;

namespace GhgReports.Tests.ReportingPack;

/// <summary>§9.3.1 r) is claimed only when every other required item is there; partial items say so.</summary>
public sealed class ConformityClaimTests
{
    private static Dictionary<string, ChecklistItem> Checklist(PackInputs inputs) =>
        PackModelBuilder.ForSubsidiary(inputs).Checklist.ToDictionary(i => i.Item);

    [Fact]
    public void ForSubsidiary_SeedWithCriteriaJustificationsAndUncertainties_ClaimsConformity()
    {
        var items = Checklist(Inputs("CP"));

        Assert.All(items.Values, i => Assert.Contains(i.Status, new[] { ChecklistStatus.Provided, ChecklistStatus.NotApplicable }));
        Assert.Equal(ChecklistStatus.Provided, items["r"].Status);
        Assert.StartsWith("This report has been prepared in accordance with ISO 14064-1:2018", items["r"].Content.En, StringComparison.Ordinal);
        Assert.Contains("1 % or more of the organisation's total", items["e"].Content.En, StringComparison.Ordinal);
        // CP category 4: one line at 30 % → 30 %
        Assert.Contains("Category 4: Uncertainty combined in quadrature, weighted by emissions: 30 %", items["p"].Content.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSubsidiary_PlaceholderJustificationAndNoGroupReason_IsNotProvidedAndConformityIsNotClaimed()
    {
        var inputs = Inputs("LW");
        inputs = inputs with
        {
            Workbook = inputs.Workbook with
            {
                Entity = inputs.Workbook.Entity with { Significance = [new(5, false, "TBD"), new(6, false, "待补充")] },
            },
            Group = inputs.Group with { ExclusionJustifications = new Dictionary<int, string>() },
        };

        var model = PackModelBuilder.ForSubsidiary(inputs);
        var items = model.Checklist.ToDictionary(i => i.Item);

        Assert.Equal(ChecklistStatus.NotProvided, items["i"].Status);
        Assert.All(model.Significance.Where(s => s.Category >= 5), s =>
        {
            Assert.False(s.Justified);
            Assert.Equal("Excluded; the justification given is placeholder text and is not accepted", s.Justification.En);
        });
        Assert.Equal(ChecklistStatus.NotProvided, items["r"].Status);
        Assert.StartsWith("This report does not claim conformity with ISO 14064-1:2018: items i of clause 9.3.1", items["r"].Content.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSubsidiary_OneCategoryWithoutUncertainties_IsPartialAndNamedInTheRefusedClaim()
    {
        var inputs = Inputs("LW");
        // Category 3 (row 5) declares none: categories 1, 2, 4 are assessed, category 3 and the total are not.
        inputs = inputs with { Inventory = inputs.Inventory with { Lines = [.. inputs.Inventory.Lines.Select(l => l.Category == 3 ? l with { UncertaintyPercent = null } : l)] } };

        var items = Checklist(inputs);

        Assert.Equal(ChecklistStatus.Partial, items["p"].Status);
        Assert.Contains("Category 3: Not assessed: 1 line(s)", items["p"].Content.En, StringComparison.Ordinal);
        Assert.Contains("Category 2: Uncertainty combined in quadrature, weighted by emissions: 2 %", items["p"].Content.En, StringComparison.Ordinal);
        Assert.Equal(ChecklistStatus.NotProvided, items["q"].Status);
        Assert.Contains("items p, q of clause", items["r"].Content.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSubsidiary_LaterYear_TheRefusedClaimNamesExactlyTheItemsNotProvided()
    {
        var workbook = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP");
        var inputs = Inputs(workbook);

        var items = Checklist(inputs);

        var missing = items.Values.Where(i => i.Item != "r" && i.Status is ChecklistStatus.NotProvided or ChecklistStatus.Partial).Select(i => i.Item).ToList();
        Assert.Equal(missing.Count == 0 ? ChecklistStatus.Provided : ChecklistStatus.NotProvided, items["r"].Status);
        if (missing.Count > 0)
        {
            Assert.Contains($"items {string.Join(", ", missing)} of clause", items["r"].Content.En, StringComparison.Ordinal);
        }
        // The 2024 lines keep the samples' declared uncertainties and the group's criteria and reasons.
        Assert.Equal(ChecklistStatus.Provided, items["p"].Status);
        Assert.Equal(ChecklistStatus.Provided, items["e"].Status);
        Assert.Equal(ChecklistStatus.Provided, items["i"].Status);
        Assert.Equal(2024, PackModelBuilder.ForSubsidiary(inputs).ReportingYear);
    }
}
