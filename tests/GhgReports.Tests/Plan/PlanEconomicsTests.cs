using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Plan.Pdf;
using UglyToad.PdfPig;

namespace GhgReports.Tests.Plan;

/// <summary>The plan's abatement economics as management reads it: the cost curve, its table, and the measures without a cost.</summary>
public sealed class PlanEconomicsTests
{
    private static IEnumerable<PlanBlock> Blocks(PlanDocument plan) => plan.Sections.SelectMany(s => s.Blocks);

    [Fact]
    public void Plan2024_CostCurve_CheapestFirst_WithATableRowPerBar_AndTheUncostedListedWithWhy()
    {
        var plan = PlanBuilder.Build(PlanSamples.LaterYear(2024, Language.En));

        var curve = Assert.Single(Blocks(plan).OfType<PlanCostCurve>());
        Assert.Equal(["1", "2", "3", "4", "5"], curve.Steps.Select(s => s.Label));
        Assert.Equal(curve.Steps.OrderBy(s => s.CostPerTco2e).Select(s => s.Label), curve.Steps.Select(s => s.Label));
        // The two furnace measures and CP's PV pay for themselves; the forklifts cost money per tonne.
        Assert.Equal(3, curve.Steps.Count(s => s.CostPerTco2e < 0));
        var table = Blocks(plan).OfType<PlanTable>().Single(t => t.Header.Contains("CNY/tCO2e"));
        Assert.Equal(curve.Steps.Count, table.Rows.Count);
        Assert.Equal("Melting furnace cycle optimisation", table.Rows[0].Cells[2]);
        // The table's cost per tonne is its annualised cost over its saving, as printed.
        foreach (var row in table.Rows)
        {
            var (saving, annualisedThousands, perTonne) = (Number(row.Cells[3]), Number(row.Cells[5]), Number(row.Cells[6]));
            // Within what the printed rounding allows: ±500 CNY of the annualised cost, ±0.5 t of the saving.
            var slack = (500m + Math.Abs(perTonne) * 0.5m) / saving + 1m;
            Assert.InRange(annualisedThousands * 1_000m / saving - perTonne, -slack, slack);
        }
        var paragraphs = Blocks(plan).OfType<PlanParagraph>().Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith("Cost given, but the reduction cannot be quantified", StringComparison.Ordinal)
                                          && p.Contains("'Energy management system (MOM)'", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("No capital cost given: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan2024_CostCurve_IsDrawnWithItsCaption_InBothEditions()
    {
        foreach (var (lang, caption) in new[] { (Language.En, "Marginal abatement cost curve"), (Language.Zh, "边际减排成本曲线") })
        {
            var pdf = PlanPdf.Render(PlanBuilder.Build(PlanSamples.LaterYear(2024, lang)));
            using var document = PdfDocument.Open(pdf);
            var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains(caption.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plan2023_WorkbooksWithoutCosts_HaveNoEconomicsSection()
    {
        var plan = PlanBuilder.Build(PlanSamples.Seed(Language.En));

        Assert.Empty(Blocks(plan).OfType<PlanCostCurve>());
        Assert.DoesNotContain(Blocks(plan).OfType<PlanHeading>(), h => h.Text == EconomicsTexts.Heading.En);
    }

    [Fact]
    public void CostCurveEdges_RunFromZeroThroughEachMeasuresTonnes()
    {
        var curve = new PlanCostCurve("c", "x", "y", [new("1", 100m, -50m), new("2", 40m, 10m), new("3", 60m, 300m)]);

        Assert.Equal([(0d, 100d), (100d, 140d), (140d, 200d)], PlanCostCurveRenderer.Edges(curve));
    }

    private static decimal Number(string text) =>
        decimal.Parse(text.Replace(",", "", StringComparison.Ordinal).Replace('−', '-'), System.Globalization.CultureInfo.InvariantCulture);
}
