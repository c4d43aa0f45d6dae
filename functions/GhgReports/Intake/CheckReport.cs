using System.Text.Json;
using System.Text.Json.Serialization;
using GhgReports.Submissions;

namespace GhgReports.Intake;

/// <summary>
/// The result of checking a workbook, as officers and tools receive it (`ghg validate --json`, results/…result.json).
/// Plain data with both languages, so any client can show it.
/// </summary>
public sealed record CheckReport(
    string File,
    bool Accepted,
    string? SubsidiaryCode,
    string? SubsidiaryName,
    int? ReportingYear,
    string? PeriodStart,
    string? PeriodEnd,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<CheckReportProblem> Problems)
{
    public static CheckReport From(string file, WorkbookCheckResult result)
    {
        var entity = result.Workbook?.Entity;
        return new(
            file,
            result.Accepted,
            entity?.SubsidiaryCode,
            entity?.SubsidiaryName,
            entity?.ReportingYear ?? result.DeclaredYear,
            entity?.PeriodStart.ToString("yyyy-MM-dd"),
            entity?.PeriodEnd.ToString("yyyy-MM-dd"),
            result.Problems.Count(p => p.IsError),
            result.Problems.Count(p => !p.IsError),
            [.. result.Problems.Select(CheckReportProblem.From)]);
    }

    /// <summary>A group workbook's verdict: the group code in place of a subsidiary's, the group's name, no period.</summary>
    public static CheckReport FromGroup(string file, Group.GroupCheckResult result) => new(
        file, result.Accepted, GroupWorkbook.Code, result.Workbook?.Group.Name, null, null, null,
        result.Problems.Count(p => p.IsError), result.Problems.Count(p => !p.IsError), [.. result.Problems.Select(CheckReportProblem.From)]);

    public string ToJson() => JsonSerializer.Serialize(this, Json.CheckReport);

    // Chinese stays readable in the file instead of \uXXXX escapes; HTML-sensitive characters are still escaped.
    private static readonly CheckReportJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    });
}

public sealed record CheckReportProblem(
    string Code,
    string Severity,
    string? Sheet,
    string? Cell,
    int? Row,
    string? Column,
    string MessageZh,
    string MessageEn,
    string? ValueSeen,
    string? ExpectedZh,
    string? ExpectedEn)
{
    public static CheckReportProblem From(Problem p) => new(
        p.Code, p.Severity == Intake.Severity.Error ? "error" : "warning", p.Sheet, p.Cell, p.Row, p.Column,
        p.Message.Zh, p.Message.En, p.ValueSeen, p.Expected?.Zh, p.Expected?.En);
}

[JsonSerializable(typeof(CheckReport))]
internal sealed partial class CheckReportJson : JsonSerializerContext;
