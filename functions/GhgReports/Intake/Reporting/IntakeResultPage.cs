using System.Globalization;
using System.Net;
using System.Text;
using GhgReports.Localization;
using GhgReports.Storage;

namespace GhgReports.Intake.Reporting;

/// <summary>
/// The human-readable result beside result.json: one self-contained HTML page, Chinese above English, every problem
/// with its sheet and cell. Plain HTML so it opens from the storage browser, a mail or the web page alike.
/// </summary>
internal static class IntakeResultPage
{
    public static string Render(IntakeResult result)
    {
        var check = result.Check;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode($"{ResultTexts.Title.Zh} · {check.File}"))
            .Append("</title><style>body{font-family:sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse;width:100%}")
            .Append("td,th{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}th{background:#1f4e79;color:#fff}")
            .Append(".error{color:#b00020}.warning{color:#8a6100}.ok{color:#1b5e20}.en{color:#555}td.num{text-align:right}</style></head><body>");
        html.Append("<h1>").Append(Encode(ResultTexts.Title.Zh)).Append("<br><span class=\"en\">").Append(Encode(ResultTexts.Title.En)).Append("</span></h1>");

        var (verdict, css) = result.Status switch
        {
            SubmissionStatus.Accepted => (ResultTexts.Accepted, "ok"),
            SubmissionStatus.Superseded => (ResultTexts.Superseded, "warning"),
            SubmissionStatus.AwaitingReview => (ResultTexts.AwaitingReview, "warning"),
            SubmissionStatus.Returned => (ResultTexts.Returned, "error"),
            SubmissionStatus.Failed => (ResultTexts.Failed, "error"),
            _ => (ResultTexts.Rejected, "error"),
        };
        html.Append("<h2 class=\"").Append(css).Append("\">").Append(Encode(verdict.Zh)).Append(" / ").Append(Encode(verdict.En)).Append("</h2>");
        if (result.DuplicateOf is not null)
        {
            html.Append("<p>").Append(Encode(ResultTexts.DuplicateOf.Zh)).Append("<br><span class=\"en\">").Append(Encode(ResultTexts.DuplicateOf.En)).Append("</span></p>");
        }

        html.Append("<table>");
        Row(html, ResultTexts.File, result.FileName is null ? result.BlobName : $"{result.FileName} ({result.BlobName})");
        Row(html, ResultTexts.Subsidiary, $"{check.SubsidiaryCode ?? result.Subsidiary} {check.SubsidiaryName}");
        if (check.PeriodStart is not null)
        {
            Row(html, ResultTexts.Period, $"{check.ReportingYear}: {check.PeriodStart} – {check.PeriodEnd}");
        }
        Row(html, ResultTexts.Submission, result.SubmissionId);
        Row(html, ResultTexts.Uploaded, result.UploadedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + (result.Uploader is null ? "" : $" · {result.Uploader}"));
        if (result.Review is { } review)
        {
            Row(html, ResultTexts.ReviewedBy, $"{StoredName.Of(review.Decision)} · {review.By} · {review.At.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}");
            if (review.Comment is { } comment)
            {
                Row(html, ResultTexts.ReviewComment, comment);
            }
        }
        html.Append("</table>");

        if (result.Figures is { } figures)
        {
            html.Append("<h3>").Append(Encode($"{ResultTexts.Figures.Zh} / {ResultTexts.Figures.En}")).Append("</h3><table>");
            foreach (var (category, total) in figures.CategoryTotalsTco2e.OrderBy(kv => kv.Key))
            {
                var label = ResultTexts.Category.Format(category);
                Row(html, label, $"{total.ToString("N0", CultureInfo.InvariantCulture)} tCO2e", numeric: true);
            }
            Row(html, ResultTexts.Scope12, $"{figures.Scope12Tco2e.ToString("N0", CultureInfo.InvariantCulture)} tCO2e", numeric: true);
            Row(html, ResultTexts.Output, figures.OutputTonnes.ToString("N0", CultureInfo.InvariantCulture), numeric: true);
            if (figures.Scope12Intensity is { } intensity)
            {
                Row(html, ResultTexts.Intensity, intensity.ToString("0.000", CultureInfo.InvariantCulture), numeric: true);
            }
            html.Append("</table>");
        }

        html.Append("<h3>").Append(Encode($"{ResultTexts.Problem.Zh} / {ResultTexts.Problem.En}")).Append("</h3>");
        if (check.Problems.Count == 0)
        {
            html.Append("<p class=\"ok\">").Append(Encode($"{ResultTexts.NoProblems.Zh} {ResultTexts.NoProblems.En}")).Append("</p>");
        }
        else
        {
            html.Append("<table><tr>");
            foreach (var header in new[] { ResultTexts.Severity, ResultTexts.Location, ResultTexts.Problem, ResultTexts.Seen, ResultTexts.Expected })
            {
                html.Append("<th>").Append(Encode(header.Zh)).Append("<br>").Append(Encode(header.En)).Append("</th>");
            }
            html.Append("</tr>");
            foreach (var p in check.Problems)
            {
                var severity = p.Severity == "error" ? ResultTexts.Error : ResultTexts.Warning;
                var location = p.Sheet is null ? "" : p.Cell is null ? (p.Row is null ? p.Sheet : $"{p.Sheet} · {p.Row}") : $"{p.Sheet}!{p.Cell}";
                html.Append("<tr><td class=\"").Append(p.Severity).Append("\">").Append(Encode($"{severity.Zh} {severity.En}")).Append("</td>")
                    .Append("<td>").Append(Encode(location)).Append("</td>")
                    .Append("<td>").Append(Encode(p.MessageZh)).Append("<br><span class=\"en\">").Append(Encode(p.MessageEn)).Append("</span><br><small>").Append(Encode(p.Code)).Append("</small></td>")
                    .Append("<td>").Append(Encode(p.ValueSeen ?? "")).Append("</td>")
                    .Append("<td>").Append(Encode(p.ExpectedZh ?? "")).Append(p.ExpectedEn is null || p.ExpectedEn == p.ExpectedZh ? "" : "<br><span class=\"en\">" + Encode(p.ExpectedEn) + "</span>").Append("</td></tr>");
            }
            html.Append("</table>");
        }
        if (result.PlanWarnings.Count > 0)
        {
            html.Append("<h3>").Append(Encode(ResultTexts.PlanWarnings.Zh)).Append("<br><span class=\"en\">").Append(Encode(ResultTexts.PlanWarnings.En)).Append("</span></h3><ul>");
            foreach (var warning in result.PlanWarnings)
            {
                html.Append("<li class=\"warning\">").Append(Encode(warning.MessageZh)).Append("<br><span class=\"en\">").Append(Encode(warning.MessageEn))
                    .Append("</span> <small>").Append(Encode(warning.Code)).Append("</small></li>");
            }
            html.Append("</ul>");
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, Bilingual label, string value, bool numeric = false) =>
        html.Append("<tr><th>").Append(Encode(label.Zh)).Append("<br>").Append(Encode(label.En)).Append("</th><td")
            .Append(numeric ? " class=\"num\"" : "").Append('>').Append(Encode(value)).Append("</td></tr>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
