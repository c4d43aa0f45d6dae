using System.Text.RegularExpressions;
using GhgReports.Intake;
using GhgReports.Intake.Workbook;
using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Evidence;

/// <summary>
/// Intake's look at the Sources sheet's evidence column against the files stored for the subsidiary's year: a line
/// that names a file (by its extension, e.g. "VS-2024-017.pdf") which is not in evidence/&lt;code&gt;/&lt;year&gt;/ gets a
/// warning at its cell. Never an error: officers may attach the files after the workbook. Descriptions ("电费结算单"),
/// web addresses and references to the group's plan name no file and are left alone.
/// </summary>
internal sealed partial class EvidenceColumnCheck(EvidenceStore store, string containerName)
{
    public async Task<IReadOnlyList<Problem>> CheckAsync(string code, SubsidiaryWorkbook? workbook, CancellationToken cancellationToken)
    {
        if (workbook is null || !SubsidiaryCode.IsValid(code) || !workbook.Sources.Any(l => CitedFiles(l.Evidence).Count > 0))
        {
            return [];
        }
        var year = workbook.Entity.ReportingYear;
        IReadOnlyList<StoredEvidence> stored;
        try
        {
            stored = await store.ListAsync(code, year, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No evidence container yet: nothing is stored, which is what the warnings will say.
            stored = [];
        }
        return Check(workbook.Sources, $"{containerName}/{code}/{year}/", [.. stored.Select(s => s.FileName)]);
    }

    /// <summary>One warning per cited file that none of <paramref name="storedNames"/> matches, at the line's evidence cell.</summary>
    public static IReadOnlyList<Problem> Check(IEnumerable<EmissionSourceLine> lines, string folder, IReadOnlyList<string> storedNames)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(storedNames);
        var sheet = SubsidiaryWorkbookSchema.Sources;
        var column = CellAddress.ColumnLetters(sheet.Fields.ToList().FindIndex(f => f.Key == "evidence"));
        var expected = storedNames.Count == 0
            ? EvidenceTexts.NoFilesStored.Format(folder)
            : EvidenceTexts.StoredFilesAre.Format(folder, string.Join(", ", storedNames.Take(10)) + (storedNames.Count > 10 ? ", …" : ""));
        var problems = new List<Problem>();
        foreach (var line in lines)
        {
            foreach (var cited in CitedFiles(line.Evidence).Where(c => !storedNames.Any(s => Matches(line.Evidence!, c, s))))
            {
                problems.Add(EvidenceTexts.CitedFileMissing.At(new CellAddress(sheet.TemplateName, line.Row, column), line.Evidence, expected,
                    line.Row, cited, folder));
            }
        }
        return problems;
    }

    /// <summary>
    /// The file names an evidence text cites: words ending in an accepted evidence extension, after web addresses are
    /// taken out; of a path, the last segment. A name with spaces yields its last word, which
    /// <see cref="Matches"/> accepts for the full stored name.
    /// </summary>
    public static IReadOnlyList<string> CitedFiles(string? evidence)
    {
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return [];
        }
        var withoutAddresses = WebAddress().Replace(evidence, " ");
        return [.. FileWord().Matches(withoutAddresses)
            .Select(m => m.Value[(m.Value.LastIndexOfAny(['/', '\\']) + 1)..])
            .Where(name => EvidenceFileCheck.AcceptedExtensions.Contains(Path.GetExtension(name).ToLowerInvariant(), StringComparer.Ordinal)
                && Path.GetFileNameWithoutExtension(name).Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// A stored file answers a citation when the evidence text holds its whole name and the cited word is its end (or
    /// the other way round, for a cited word with a prefix glued to it, as in "见VS-2024-017.pdf"). Case is ignored, as
    /// the pack's own evidence citations do.
    /// </summary>
    private static bool Matches(string evidence, string cited, string stored) =>
        evidence.Contains(stored, StringComparison.OrdinalIgnoreCase)
        && (stored.EndsWith(cited, StringComparison.OrdinalIgnoreCase) || cited.EndsWith(stored, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    /// <summary>A run of characters up to a dot and an extension of letters, not followed by more letters or digits.</summary>
    [GeneratedRegex(@"[^\s;,；，、。:：()（）\[\]【】《》“”""'<>|]+\.[a-z]{3,4}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileWord();
}
