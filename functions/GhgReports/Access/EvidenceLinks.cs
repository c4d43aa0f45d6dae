using System.Globalization;
using System.Security.Cryptography;
using Azure.Storage.Sas;
using GhgReports.Evidence;
using GhgReports.Intake;
using GhgReports.Localization;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Access;

public sealed record EvidenceLink(string Subsidiary, int Year, string FileName, string BlobName, Uri Url, DateTimeOffset ExpiresOn);

/// <summary>An evidence file as the page lists it: the name officers gave it, its SHA-256 and size.</summary>
public sealed record EvidenceFileView(string FileName, string Sha256, long Bytes);

/// <summary>The check of a file the browser put into evidence/: accepted with its hash, or refused with every reason.</summary>
public sealed record EvidenceCheckView(string FileName, bool Accepted, string? Sha256, long Bytes, IReadOnlyList<CheckReportProblem> Problems);

/// <summary>What an evidence request came to: the access outcome, and when access was granted, a value or the refusal.</summary>
public sealed record EvidenceAnswer<T>(AccessOutcome Outcome, T? Value, Problem? Refusal = null)
{
    public static EvidenceAnswer<T> Fail(AccessOutcome outcome) => new(outcome, default);
}

/// <summary>
/// The page's way to attach evidence files, shaped like the workbook's <see cref="UploadLinks"/>: a create-only SAS for
/// exactly <c>evidence/&lt;code&gt;/&lt;year&gt;/&lt;file name&gt;</c>, only for an officer of that subsidiary, valid 15
/// minutes and recorded in the audit table. The browser cannot be trusted to have sent what it said, so the file counts
/// only once <see cref="CheckAsync"/> has looked at its content (<see cref="EvidenceStore.VerifyAsync"/>): a refused
/// file is deleted, an accepted one gets its hash, without which nothing lists it, cites it or puts it in a pack.
/// </summary>
public sealed class EvidenceLinks(GhgStorage storage, TimeProvider clock)
{
    private readonly EvidenceStore _store = new(storage);

    public async Task<EvidenceAnswer<EvidenceLink>> MintAsync(Caller? caller, string code, int year, string? fileName, long? bytes,
        CancellationToken cancellationToken)
    {
        if (UploadRefusal(caller, code, year) is { } refused)
        {
            return EvidenceAnswer<EvidenceLink>.Fail(refused);
        }
        if (NameRefusal(fileName) is { } badName)
        {
            return new(AccessOutcome.Invalid, null, badName);
        }
        if (bytes > EvidenceFileCheck.MaxBytes)
        {
            return new(AccessOutcome.Invalid, null, EvidenceTexts.TooLarge.Create(bytes, EvidenceFileCheck.MaxBytes));
        }
        var name = fileName!;
        if (await _store.ExistsAsync(code, year, name, cancellationToken).ConfigureAwait(false))
        {
            return new(AccessOutcome.Invalid, null, EvidenceTexts.AlreadyStored.Create($"{storage.Names.Evidence}/{code}/{year}/", name));
        }
        var now = clock.GetUtcNow();
        var expires = now + UploadLinks.Lifetime;
        var blob = storage.Evidence.GetBlobClient(EvidenceStore.BlobName(code, year, name));
        var url = await SasLinks.ForBlobAsync(storage, blob, BlobSasPermissions.Create, now, expires, cancellationToken).ConfigureAwait(false);
        await storage.Audit.AddEntityAsync(new AuditEntity
        {
            PartitionKey = code,
            // The file's own name may hold characters a row key may not ('#'): it goes into FileName instead.
            RowKey = string.Create(CultureInfo.InvariantCulture, $"{StoredName.Of(AuditAction.EvidenceLink)}-{now.UtcDateTime:yyyyMMddHHmmssfff}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}"),
            Action = AuditAction.EvidenceLink,
            Actor = caller!.Name,
            At = now,
            ReportingYear = year,
            FileName = name,
            Details = $"blob: {storage.Names.Evidence}/{blob.Name}; expires: {expires:O}",
        }, cancellationToken).ConfigureAwait(false);
        return new(AccessOutcome.Ok, new EvidenceLink(code, year, name, blob.Name, url, expires));
    }

    /// <summary>Checks the file the browser put under the name, as `ghg upload --evidence` checks one before storing it.</summary>
    public async Task<EvidenceAnswer<EvidenceCheckView>> CheckAsync(Caller? caller, string code, int year, string? fileName, CancellationToken cancellationToken)
    {
        if (UploadRefusal(caller, code, year) is { } refused)
        {
            return EvidenceAnswer<EvidenceCheckView>.Fail(refused);
        }
        if (fileName is null || !EvidenceFileCheck.IsUsableName(fileName))
        {
            return EvidenceAnswer<EvidenceCheckView>.Fail(AccessOutcome.Invalid);
        }
        var verified = await _store.VerifyAsync(code, year, fileName, caller!.Name, cancellationToken).ConfigureAwait(false);
        var problems = verified is null ? [EvidenceTexts.NotUploaded.Create($"{storage.Names.Evidence}/{code}/{year}/", fileName)] : verified.Problems;
        var view = verified?.Stored is { } stored
            ? new EvidenceCheckView(fileName, true, stored.Sha256, stored.Bytes, [])
            : new EvidenceCheckView(fileName, false, null, 0, [.. problems.Select(CheckReportProblem.From)]);
        return new(AccessOutcome.Ok, view);
    }

    /// <summary>The checked evidence files of a subsidiary's year, for whoever may read its submissions.</summary>
    public async Task<EvidenceAnswer<IReadOnlyList<EvidenceFileView>>> ListAsync(Caller? caller, string code, int year, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return EvidenceAnswer<IReadOnlyList<EvidenceFileView>>.Fail(AccessOutcome.Unauthenticated);
        }
        if (!SubsidiaryCode.IsValid(code) || !DownloadLinks.IsYear(year))
        {
            return EvidenceAnswer<IReadOnlyList<EvidenceFileView>>.Fail(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanReadSubmissions(caller, code))
        {
            return EvidenceAnswer<IReadOnlyList<EvidenceFileView>>.Fail(AccessOutcome.Forbidden);
        }
        var stored = await _store.ListAsync(code, year, cancellationToken).ConfigureAwait(false);
        return new(AccessOutcome.Ok, [.. stored.Select(s => new EvidenceFileView(s.FileName, s.Sha256, s.Bytes))]);
    }

    /// <summary>The same rule as the workbook's link: only an officer of that very subsidiary, for a plausible year.</summary>
    private static AccessOutcome? UploadRefusal(Caller? caller, string code, int year) =>
        caller is null ? AccessOutcome.Unauthenticated
        : !SubsidiaryCode.IsValid(code) || !DownloadLinks.IsYear(year) ? AccessOutcome.Invalid
        : !AccessPolicy.CanUpload(caller, code) ? AccessOutcome.Forbidden
        : null;

    /// <summary>A name that can be stored as is, with an extension of a kind we accept; the content is checked later.</summary>
    private static Problem? NameRefusal(string? fileName) =>
        fileName is null || !EvidenceFileCheck.IsUsableName(fileName) ? EvidenceTexts.BadName.Create(fileName, EvidenceFileCheck.MaxNameLength)
        : !EvidenceFileCheck.AcceptedExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant(), StringComparer.Ordinal)
            ? EvidenceTexts.UnknownExtension.Create(Path.GetExtension(fileName), string.Join(", ", EvidenceFileCheck.AcceptedExtensions))
        : null;
}
