using System.Globalization;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Submissions;
using T = GhgReports.Localization.PackTexts;

namespace GhgReports.ReportingPack;

/// <summary>The pack's statements about the base year, verification and uncertainty.</summary>
internal static partial class PackModelBuilder
{
    private static PackBaseYear SubsidiaryBaseYear(SubsidiaryInventory inventory, SubsidiaryInventory? baseYearInventory, IReadOnlyList<Recalculation> recalculations,
        IEnumerable<TargetDeclaration> targets, decimal? thresholdPercent)
    {
        var records = Recalculations(recalculations);
        records.AddRange(Plan.RecalculationStatements.Significance(recalculations, _ => targets, thresholdPercent));
        if (baseYearInventory is not null
            && Plan.RecalculationStatements.MethodsDiffer(new Bilingual(inventory.SubsidiaryCode, inventory.SubsidiaryCode), [baseYearInventory, inventory]) is { } methods)
        {
            records.Add(methods);
        }
        if (inventory.BaseYear == inventory.ReportingYear)
        {
            return new PackBaseYear
            {
                Year = inventory.BaseYear,
                Statement = T.BaseYearIsThisYear.Format(inventory.BaseYear),
                InventoryProvided = true,
                CategoryTotals = Figures(inventory),
                Recalculations = records,
            };
        }
        if (baseYearInventory is not null && baseYearInventory.ReportingYear == inventory.BaseYear && baseYearInventory.SubsidiaryCode == inventory.SubsidiaryCode)
        {
            var figures = Figures(baseYearInventory);
            var method = Plan.RecalculationStatements.MethodOf(inventory);
            return new PackBaseYear
            {
                Year = inventory.BaseYear,
                Statement = T.BaseYearProvided.Format(inventory.BaseYear, Join(figures.Select(f => T.CategoryFigure.Format(f.Category, f.Tco2e)), "，", ", ")),
                InventoryProvided = true,
                CategoryTotals = figures,
                Recalculations = records,
                ApproachChanges = ApproachChanges(recalculations)
                                  ?? (Plan.RecalculationStatements.MethodOf(baseYearInventory) == method ? T.NoApproachChange.Format(inventory.BaseYear, method) : null),
            };
        }
        return new PackBaseYear
        {
            Year = inventory.BaseYear,
            Statement = T.BaseYearNotProvided.Format(inventory.BaseYear),
            InventoryProvided = false,
            Recalculations = records,
            ApproachChanges = ApproachChanges(recalculations),
        };
    }

    /// <summary>§9.3.1 n from the records: each recalculation that changed the factor library or the GWP set; null when none did.</summary>
    private static Bilingual? ApproachChanges(IReadOnlyList<Recalculation> recalculations)
    {
        var changed = recalculations.Where(r => r.FromFactorCatalogVersion != r.ToFactorCatalogVersion || r.FromGwpSet != r.ToGwpSet).ToList();
        return changed.Count == 0
            ? null
            : Join(changed.Select(r => T.ApproachChanged.Format(r.When, r.SubsidiaryCode, r.Period.ToString(), r.FromFactorCatalogVersion,
                r.ToFactorCatalogVersion, r.FromGwpSet, r.ToGwpSet, r.Reason)), "；", "; ");
    }

    private static PackBaseYear GroupBaseYear(GroupInventory group, IReadOnlyList<SubsidiaryInventory> members, GroupPackInputs inputs)
    {
        var recalculations = inputs.Recalculations;
        var records = Recalculations(recalculations);
        var threshold = inputs.Group.Recalculation.ThresholdPercent;
        records.AddRange(Plan.RecalculationStatements.Significance(recalculations,
            code => (inputs.Members.FirstOrDefault(m => m.Inventory.SubsidiaryCode == code)?.Workbook.Targets ?? []).Concat(inputs.Group.Targets), threshold));
        if (inputs.StructuralChange is { } structural)
        {
            records.AddRange(Plan.RecalculationStatements.Structural(structural, inputs.Group.Targets, threshold));
        }
        if (inputs.MethodsDiffer is { } methods)
        {
            records.Add(methods);
        }
        var years = members.Select(m => m.BaseYear).Distinct().Order().ToList();
        if (years.Count == 1 && years[0] == group.Year)
        {
            return new PackBaseYear
            {
                Year = group.Year,
                Statement = T.BaseYearIsThisYear.Format(group.Year),
                InventoryProvided = true,
                CategoryTotals = group.Categories.Select(c => new PackCategoryFigure(c.Category, c.LocationBasedTco2e)).ToList(),
                Recalculations = records,
                ApproachChanges = ApproachChanges(recalculations),
            };
        }
        var list = string.Join(", ", members.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.SubsidiaryCode} {m.BaseYear}")));
        return new PackBaseYear
        {
            Year = years.Count > 0 ? years[0] : group.Year,
            Statement = T.BaseYearsDiffer.Format(list),
            InventoryProvided = false,
            Recalculations = records,
            ApproachChanges = ApproachChanges(recalculations),
        };
    }

    private static List<PackCategoryFigure> Figures(SubsidiaryInventory inventory) =>
        inventory.Categories.Select(c => new PackCategoryFigure(c.Category, c.LocationBasedTco2e)).ToList();

    /// <summary>
    /// Each recalculation with its figures as first reported and as recalculated; a correction of the data (same
    /// method) says so rather than listing a method that did not change.
    /// </summary>
    private static List<Bilingual> Recalculations(IReadOnlyList<Recalculation> recalculations) =>
        recalculations.Select(r =>
        {
            var figures = T.RecalculationFigures.Format(Plan.PlanNumbers.Tonnes(r.OldTotals.Scope12LocationBasedTco2e),
                Plan.PlanNumbers.Tonnes(r.NewTotals.Scope12LocationBasedTco2e));
            return r.FromFactorCatalogVersion == r.ToFactorCatalogVersion && r.FromGwpSet == r.ToGwpSet
                ? T.CorrectionRecord.Format(r.When, r.Who, r.SubsidiaryCode, r.Period.ToString(), figures, r.Reason)
                : T.RecalculationRecord.Format(r.When, r.Who, r.SubsidiaryCode, r.Period.ToString(),
                    r.FromFactorCatalogVersion, r.ToFactorCatalogVersion, r.FromGwpSet, r.ToGwpSet, r.Reason, figures);
        }).ToList();

    private static PackVerification Verification(AssuranceDeclaration assurance)
    {
        var level = assurance.Level is { } l ? Choice(ChoiceLists.AssuranceLevel, l) : T.Unknown;
        var text = assurance.Status switch
        {
            "verified" => T.Verified.Format(assurance.Verifier ?? "?", level, assurance.StatementReference ?? "-"),
            "in-progress" => T.VerificationInProgress.Format(assurance.Verifier ?? "-"),
            _ => T.NotVerified,
        };
        return new PackVerification
        {
            Status = assurance.Status,
            Verifier = assurance.Verifier,
            Level = assurance.Level,
            StatementReference = assurance.StatementReference,
            Text = text,
        };
    }

    /// <summary>Per category and overall, weighting each line by its consolidation share (1 in a subsidiary pack).</summary>
    private static PackUncertainty Uncertainty(IReadOnlyList<PackLine> lines)
    {
        var weighted = lines
            .Where(l => l.Line.Kind == LineKind.Emission)
            .Select(l => l.Share == 1m ? l.Line : l.Line with
            {
                Tco2e = l.Line.Tco2e * l.Share,
                LocationBasedTco2e = l.Line.LocationBasedTco2e * l.Share,
                MarketBasedTco2e = l.Line.MarketBasedTco2e * l.Share,
            })
            .ToList();
        var overall = UncertaintyCombination.Combine(weighted);
        var categories = Enumerable.Range(1, 6).Select(c =>
        {
            var inCategory = weighted.Where(l => l.Category == c).ToList();
            if (inCategory.Count == 0)
            {
                return new PackCategoryUncertainty(c, null, T.UncertaintyNoLines);
            }
            var assessment = UncertaintyCombination.Combine(inCategory);
            return new PackCategoryUncertainty(c, assessment.Percent, assessment.Text);
        }).ToList();
        return new PackUncertainty { Percent = overall.Percent, Text = overall.Text, Categories = categories };
    }
}
