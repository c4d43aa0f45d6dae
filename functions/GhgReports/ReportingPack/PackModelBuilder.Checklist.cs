using System.Globalization;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;
using GhgReports.Submissions;
using T = GhgReports.Localization.PackTexts;

namespace GhgReports.ReportingPack;

/// <summary>The significance decisions and the ISO 14064-1 §9.3.1 checklist of a pack.</summary>
internal static partial class PackModelBuilder
{
    /// <summary>
    /// All six categories with their decision: 1 and 2 are always in; an indirect category is in when it has lines or
    /// a member declared it in; an excluded one carries each member's justification, or the group workbook's where the
    /// member gives none. A placeholder ("TBD", "样例…") is no justification.
    /// </summary>
    private static List<PackSignificance> Significance(IReadOnlyList<PackCategory> categories,
        IReadOnlyList<(string? Code, IReadOnlyList<SignificanceDecision> Decisions)> declared, IReadOnlyDictionary<int, string> groupJustifications)
    {
        var result = new List<PackSignificance>();
        foreach (var category in categories)
        {
            var decisions = declared
                .Select(d => (d.Code, Decision: d.Decisions.FirstOrDefault(s => s.Category == category.Category)))
                .Where(d => d.Decision is not null)
                .ToList();
            var hasLines = category.LineCount > 0;
            if (hasLines || category.Category <= 2)
            {
                result.Add(new PackSignificance(category.Category, category.Name, true,
                    hasLines ? T.IncludedQuantified.Format(category.LocationBasedTco2e) : T.IncludedNoLines));
                continue;
            }
            var excluded = decisions.Where(d => !d.Decision!.Included).ToList();
            if (decisions.Count == 0)
            {
                result.Add(new PackSignificance(category.Category, category.Name, false, T.NoDecision, Justified: false));
            }
            else if (excluded.Count == 0)
            {
                result.Add(new PackSignificance(category.Category, category.Name, true, T.IncludedNoLines));
            }
            else
            {
                var fallback = groupJustifications.GetValueOrDefault(category.Category) is { } g && !PlaceholderText.IsPlaceholder(g) ? Split(g) : null;
                var texts = excluded
                    .Select(d => (d.Code, Text: Justification(d.Decision!.Justification, fallback)))
                    .ToList();
                // Members that give the same reason are listed once, so a group pack does not repeat one sentence 200 times.
                var justification = Join(texts
                    .GroupBy(t => t.Text)
                    .Select(g => g.Key is var text && g.All(x => x.Code is null)
                        ? text
                        : T.MemberDecision.Format(string.Join(", ", g.Select(x => x.Code)), text)), "；", "; ");
                result.Add(new PackSignificance(category.Category, category.Name, false, justification,
                    texts.All(t => t.Text != T.ExcludedNoJustification && t.Text != T.ExcludedPlaceholder)));
            }
        }
        return result;
    }

    private static Bilingual Justification(string? declared, Bilingual? groupJustification)
    {
        if (!string.IsNullOrWhiteSpace(declared) && !PlaceholderText.IsPlaceholder(declared))
        {
            return Split(declared);
        }
        return groupJustification ?? (string.IsNullOrWhiteSpace(declared) ? T.ExcludedNoJustification : T.ExcludedPlaceholder);
    }

    private static List<ChecklistItem> Checklist(PackModel m, bool hasRecalculations)
    {
        var inv = m.Inventory;
        var requirements = T.Requirements.ToDictionary(r => r.Item, r => r.Requirement);
        ChecklistItem Item(string item, ChecklistStatus status, Bilingual content, Bilingual location) => new()
        {
            Item = item,
            Requirement = requirements[item],
            Status = status,
            Content = content,
            Location = location,
        };

        var direct = inv.DirectByGas.ToList();
        var directText = direct.Count == 0
            ? T.NoDirectEmissions
            : Concat(T.DirectByGas.Format(Join(direct.Select(g => T.GasFigure.Format(g.Gas, g.Tco2e)), "，", ", ")),
                direct.Where(g => g.Gas == Co2e).Sum(g => g.Tco2e) is var notSplit && notSplit != 0m ? T.Co2eNotSplit.Format(notSplit) : null);
        var excluded = m.Significance.Where(s => !s.Included).ToList();
        var indirect = T.IndirectByCategory.Format(Join(inv.Categories.Where(c => c.Category >= 2).Select(c => c.Category == 2
            ? T.Category2Figure.Format(c.LocationBasedTco2e, c.MarketBasedTco2e)
            : T.CategoryFigure.Format(c.Category, c.LocationBasedTco2e)), "，", ", "));
        var significanceText = Join(m.Significance.Select(s => new Bilingual($"类别 {s.Category}：{s.Justification.Zh}", $"Category {s.Category}: {s.Justification.En}")), "；", "; ");
        var criteriaGiven = !ReferenceEquals(m.Boundaries.SignificanceCriteria, T.CriteriaNotProvided);
        var undecided = m.Significance.Where(s => !s.Included && ReferenceEquals(s.Justification, T.NoDecision)).Select(s => s.Category).ToList();
        var criteriaText = undecided.Count > 0
            ? Concat(m.Boundaries.SignificanceCriteria, T.CriteriaIncomplete.Format(string.Join(", ", undecided)))
            : m.Boundaries.SignificanceCriteria;
        var exclusionStatus = excluded.Count == 0 || excluded.All(s => s.Justified) ? ChecklistStatus.Provided
            : excluded.Any(s => s.Justified) ? ChecklistStatus.Partial : ChecklistStatus.NotProvided;
        var baseYearGiven = m.BaseYear.InventoryProvided;
        var isBaseYear = m.BaseYear.Year == m.ReportingYear;
        var uncertaintyAssessed = m.Uncertainty.Percent is not null;
        var withLines = m.Uncertainty.Categories.Where(c => inv.GetCategory(c.Category).LineCount > 0).ToList();
        var perCategory = Join(withLines.Select(c => T.UncertaintyCategory.Format(c.Category, c.Text)), "；", "; ");
        var perCategoryStatus = withLines.Count > 0 && withLines.All(c => c.Percent is not null) ? ChecklistStatus.Provided
            : withLines.Any(c => c.Percent is not null) ? ChecklistStatus.Partial : ChecklistStatus.NotProvided;
        var gwpValues = string.Join(", ", m.Gwp.Values.Where(v => v.Used).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Gas} {v.Gwp:0.###}")));

        List<ChecklistItem> items =
        [
            Item("a", ChecklistStatus.Provided, m.Organisation.Description, T.InReadme),
            Item("b", ChecklistStatus.Provided, new Bilingual(Responsible(m.Responsible), Responsible(m.Responsible)), T.InReadme),
            Item("c", ChecklistStatus.Provided, m.PeriodText, T.InReadme),
            Item("d", ChecklistStatus.Provided, m.Boundaries.Organisational, T.InReadme),
            Item("e", !criteriaGiven ? ChecklistStatus.NotProvided : undecided.Count > 0 ? ChecklistStatus.Partial : ChecklistStatus.Provided,
                Concat(Concat(m.Boundaries.Reporting, significanceText), criteriaText), T.InCategories),
            Item("f", ChecklistStatus.Provided, directText, T.InGas),
            Item("g", ChecklistStatus.Provided, T.Biogenic.Format(inv.BiogenicCo2Tonnes), T.InCategories),
            Item("h", inv.RemovalsTco2e > 0m ? ChecklistStatus.Provided : ChecklistStatus.NotApplicable,
                inv.RemovalsTco2e > 0m ? T.RemovalsQuantified.Format(inv.RemovalsTco2e) : T.NoRemovals, T.InCategories),
            Item("i", exclusionStatus,
                excluded.Count == 0 ? T.NoExclusions : T.ExclusionsListed.Format(Join(excluded.Select(s => new Bilingual($"类别 {s.Category}：{s.Justification.Zh}", $"category {s.Category}: {s.Justification.En}")), "；", "; ")),
                T.InCategories),
            Item("j", ChecklistStatus.Provided, indirect, T.InCategories),
            Item("k", baseYearGiven ? ChecklistStatus.Provided : ChecklistStatus.NotProvided, m.BaseYear.Statement, T.InReport),
            Item("l", ChecklistStatus.Provided, m.BaseYear.Recalculations.Count > 0 ? Join(m.BaseYear.Recalculations, "；", "; ") : T.NoRecalculation, T.InReport),
            Item("m", ChecklistStatus.Provided, Join(m.QuantificationApproaches, "；", "; "), T.InLines),
            Item("n", m.BaseYear.ApproachChanges is not null ? ChecklistStatus.Provided
                    : isBaseYear && !hasRecalculations ? ChecklistStatus.NotApplicable : ChecklistStatus.NotProvided,
                m.BaseYear.ApproachChanges ?? (isBaseYear && !hasRecalculations ? T.BaseYearIsThisYear.Format(m.BaseYear.Year) : T.ApproachChangesNotRecorded),
                T.InReport),
            Item("o", ChecklistStatus.Provided, T.FactorsUsed.Format(m.FactorCatalogVersion, m.Factors.Count, m.CustomFactors.Count), T.InFactors),
            Item("p", perCategoryStatus, perCategory, T.InCategories),
            Item("q", uncertaintyAssessed ? ChecklistStatus.Provided : ChecklistStatus.NotProvided, m.Uncertainty.Text, T.InReport),
            Item("r", ChecklistStatus.Provided, T.Conformity, T.InReport),
            Item("s", ChecklistStatus.Provided, m.Verification.Text, T.InReport),
            Item("t", ChecklistStatus.Provided,
                T.GwpUsed.Format(m.Gwp.Id, m.Gwp.Title, m.Gwp.HorizonYears, m.Gwp.Version, m.Gwp.Source.Publisher, m.Gwp.Source.Title, gwpValues.Length > 0 ? gwpValues : "-"),
                T.InGwp),
        ];
        // r) is a claim about all the others: made only when every required item is there.
        var missing = items.Where(i => i.Item != "r" && i.Status is ChecklistStatus.NotProvided or ChecklistStatus.Partial).Select(i => i.Item).ToList();
        return missing.Count == 0
            ? items
            : [.. items.Select(i => i.Item != "r" ? i : i with { Status = ChecklistStatus.NotProvided, Content = T.ConformityNotClaimed.Format(string.Join(", ", missing)) })];
    }
}
