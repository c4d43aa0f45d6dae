namespace GhgReports.Access;

/// <summary>Evidence files from the page: a create-only link, the check of what arrived, the list of what counts.</summary>
public sealed partial class WebApi
{
    /// <summary>
    /// A create-only link for evidence/&lt;code&gt;/&lt;year&gt;/&lt;file name&gt;. <paramref name="bytes"/> is the size the
    /// browser reports: a file over the limit is refused before it is sent (and again by its check, which measures it).
    /// </summary>
    public async Task<WebAnswer> EvidenceLinkAsync(Caller? caller, string code, int year, string? fileName, string? bytes, CancellationToken cancellationToken)
    {
        long? size = long.TryParse(bytes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var b) ? b : null;
        return FromEvidence(await evidence.MintAsync(caller, code, year, fileName, size, cancellationToken).ConfigureAwait(false), AccessJson.Default.EvidenceLink);
    }

    /// <summary>Checks what the browser put under the name; a refused file is deleted and its problems answered (200).</summary>
    public async Task<WebAnswer> EvidenceCheckAsync(Caller? caller, string code, int year, string? fileName, CancellationToken cancellationToken) =>
        FromEvidence(await evidence.CheckAsync(caller, code, year, fileName, cancellationToken).ConfigureAwait(false), AccessJson.Default.EvidenceCheckView);

    public async Task<WebAnswer> EvidenceListAsync(Caller? caller, string code, int year, CancellationToken cancellationToken) =>
        FromEvidence(await evidence.ListAsync(caller, code, year, cancellationToken).ConfigureAwait(false), AccessJson.Default.IReadOnlyListEvidenceFileView);

    private static WebAnswer FromEvidence<T>(EvidenceAnswer<T> answer, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        answer.Refusal is { } refusal ? Invalid(refusal.Message)
        : answer.Outcome == AccessOutcome.Ok ? Json(answer.Value!, type)
        : Error(answer.Outcome);
}
