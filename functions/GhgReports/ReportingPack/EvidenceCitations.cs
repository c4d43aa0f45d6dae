using System.Globalization;
using GhgReports.Evidence;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;
using GhgReports.Submissions;
using T = GhgReports.Localization.PackTexts;

namespace GhgReports.ReportingPack;

/// <summary>
/// What the reported totals cite. A reported figure is taken as given, so its evidence is the whole of its support: a
/// line whose evidence column names none of the files attached for its subsidiary gets a warning, and one that points
/// back at the group's own reduction plan is named as such (the plan summarises those figures; it cannot prove them).
/// </summary>
internal static class EvidenceCitations
{
    /// <summary>How the seed plan is cited in the samples, in either language.</summary>
    private static readonly string[] PlanMentions = ["减排计划", "reduction plan"];

    /// <summary>The model with one warning per subsidiary whose reported lines cite no attached file.</summary>
    public static PackModel Warn(PackModel model, IReadOnlyList<AttachedEvidence> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var warnings = model.Inventory.Lines.Select(l => l.Line)
            .Where(l => l.Path == CalculationPath.Reported && !CitesAttachment(l, attachments))
            .GroupBy(l => l.SubsidiaryCode, StringComparer.Ordinal)
            .Select(Warning)
            .ToList();
        return warnings.Count == 0 ? model : model with { Warnings = [.. model.Warnings, .. warnings] };
    }

    /// <summary>
    /// The attachments in the order they go into the pack (by code, then name), after refusing what cannot be named
    /// safely or belongs to no subsidiary of the pack.
    /// </summary>
    public static List<AttachedEvidence> CheckAttachments(PackModel model, IReadOnlyList<AttachedEvidence> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var codes = model.Inventory.Lines.Select(l => l.Line.SubsidiaryCode).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var file in attachments)
        {
            if (!SubsidiaryCode.IsValid(file.SubsidiaryCode) || !EvidenceFileCheck.IsUsableName(file.FileName))
            {
                throw new ArgumentException($"Attached evidence '{file.SubsidiaryCode}/{file.FileName}' cannot be named safely in the pack.", nameof(attachments));
            }
            if (!codes.Contains(file.SubsidiaryCode))
            {
                throw new ArgumentException($"Attached evidence '{file.FileName}' belongs to {file.SubsidiaryCode}, which has no line in this pack.", nameof(attachments));
            }
            if (!seen.Add((file.SubsidiaryCode, file.FileName)))
            {
                throw new ArgumentException($"Attached evidence '{file.SubsidiaryCode}/{file.FileName}' is given twice.", nameof(attachments));
            }
        }
        return [.. attachments.OrderBy(f => f.SubsidiaryCode, StringComparer.Ordinal).ThenBy(f => f.FileName, StringComparer.Ordinal)];
    }

    private static bool CitesAttachment(CalculatedLine line, IReadOnlyList<AttachedEvidence> attachments) =>
        line.Evidence is { Length: > 0 } evidence
        && attachments.Any(a => a.SubsidiaryCode == line.SubsidiaryCode && evidence.Contains(a.FileName, StringComparison.OrdinalIgnoreCase));

    private static Bilingual Warning(IGrouping<string, CalculatedLine> lines)
    {
        var rows = Rows(lines);
        var plan = Rows(lines.Where(l => PlanMentions.Any(m => l.Evidence?.Contains(m, StringComparison.OrdinalIgnoreCase) == true)));
        var note = plan.Length == 0 ? new Bilingual("", "") : T.CitesOwnPlan.Format(plan);
        return T.ReportedWithoutEvidenceFile.Format(lines.Key, rows, note);
    }

    private static string Rows(IEnumerable<CalculatedLine> lines) =>
        string.Join(", ", lines.Select(l => l.Row.ToString(CultureInfo.InvariantCulture)));
}
