using GhgReports.Intake.Template;
using GhgReports.Submissions;

namespace GhgReports.Access;

/// <summary>The subsidiary template: blank for anyone signed in, pre-filled for an officer's own subsidiary and year.</summary>
public sealed partial class WebApi
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The bilingual subsidiary template, for any signed-in caller.</summary>
    public WebAnswer Template(Caller? caller)
    {
        if (caller is null)
        {
            return Error(AccessOutcome.Unauthenticated);
        }
        using var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, factors);
        return new WebAnswer(200, XlsxType, stream.ToArray(), "ghg-template.xlsx");
    }

    /// <summary>
    /// The template with the Entity sheet's code and reporting year filled in, and the name the register in force gives
    /// the subsidiary. Only for a caller who may upload for that subsidiary (its officer) or group HQ, as the upload link.
    /// </summary>
    public async Task<WebAnswer> PrefilledTemplateAsync(Caller? caller, string code, int year, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Error(AccessOutcome.Unauthenticated);
        }
        if (!SubsidiaryCode.IsValid(code) || !DownloadLinks.IsYear(year))
        {
            return Error(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanFetchPrefilledTemplate(caller, code))
        {
            return Denied(caller, "fetch the pre-filled template of", code, year);
        }
        var group = await submissions.CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        var name = group?.Workbook.Register.FirstOrDefault(r => r.Code == code)?.NameZh;
        var prefill = new TemplatePrefill(code, year, name);
        using var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, factors, prefill);
        return new WebAnswer(200, XlsxType, stream.ToArray(), prefill.FileName);
    }
}
