using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using GhgReports.Localization;
using GhgReports.Plan;
using GhgReports.Reporting;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.Access;

/// <summary>A pack in reports/: one per version of a subsidiary's (or the group's) year.</summary>
public sealed record PackEntry(int Year, string Subsidiary, long Bytes, DateTimeOffset? LastModified, int Version = 1);

/// <summary>A plan edition in reports/: one per version and language.</summary>
public sealed record PlanEntry(int Year, string Language, long Bytes, DateTimeOffset? LastModified, int Version = 1);

public sealed record DownloadLink(string Kind, int Year, string Name, Uri Url, DateTimeOffset ExpiresOn);

/// <summary>
/// Lists the packs and plans in reports/ that a caller may see, and mints a short-lived read-only SAS for one of them.
/// The blob name is always derived from (kind, year, code or language) by the generators' own naming
/// (<see cref="PackAssembler.BlobName"/>, <see cref="PlanGenerator.BlobName"/>) after the code or language is checked:
/// never from a path the caller sends, so no other container or path can be reached.
/// </summary>
public sealed class DownloadLinks(GhgStorage storage, DocumentVersions versions, TimeProvider clock)
{
    /// <summary>At most an hour (the bound); short enough that a forwarded link soon stops working.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    public async Task<Answer<IReadOnlyList<PackEntry>>> ListPacksAsync(Caller? caller, int? year, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Answer<IReadOnlyList<PackEntry>>.Fail(AccessOutcome.Unauthenticated);
        }
        if (!AccessPolicy.CanListPacks(caller))
        {
            return Answer<IReadOnlyList<PackEntry>>.Fail(AccessOutcome.Forbidden);
        }
        if (year is { } y && !IsYear(y))
        {
            return Answer<IReadOnlyList<PackEntry>>.Fail(AccessOutcome.Invalid);
        }
        var prefix = year is { } only ? string.Create(CultureInfo.InvariantCulture, $"iso14064/{only}/") : "iso14064/";
        var packs = new List<PackEntry>();
        await foreach (var item in storage.Reports.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            if (ParsePack(item.Name) is { } pack && AccessPolicy.CanReadPack(caller, pack.Code, pack.Year))
            {
                packs.Add(new PackEntry(pack.Year, pack.Code, item.Properties.ContentLength ?? 0, item.Properties.LastModified, pack.Version));
            }
        }
        return Answer<IReadOnlyList<PackEntry>>.Ok([.. packs.OrderByDescending(p => p.Year).ThenBy(p => p.Subsidiary, StringComparer.Ordinal)
            .ThenByDescending(p => p.Version)]);
    }

    public async Task<Answer<IReadOnlyList<PlanEntry>>> ListPlansAsync(Caller? caller, int? year, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Answer<IReadOnlyList<PlanEntry>>.Fail(AccessOutcome.Unauthenticated);
        }
        if (!AccessPolicy.CanReadPlans(caller))
        {
            return Answer<IReadOnlyList<PlanEntry>>.Fail(AccessOutcome.Forbidden);
        }
        if (year is { } y && !IsYear(y))
        {
            return Answer<IReadOnlyList<PlanEntry>>.Fail(AccessOutcome.Invalid);
        }
        var prefix = year is { } only ? string.Create(CultureInfo.InvariantCulture, $"plans/{only}/") : "plans/";
        var plans = new List<PlanEntry>();
        await foreach (var item in storage.Reports.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            var (name, version) = SplitVersion(item.Name);
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                var parts = name.Split('/');
                if (parts.Length == 3 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var planYear)
                    && name == PlanGenerator.BlobName(planYear, language))
                {
                    plans.Add(new PlanEntry(planYear, LanguageCode(language), item.Properties.ContentLength ?? 0, item.Properties.LastModified, version));
                }
            }
        }
        return Answer<IReadOnlyList<PlanEntry>>.Ok([.. plans.OrderByDescending(p => p.Year).ThenByDescending(p => p.Version)
            .ThenBy(p => p.Language, StringComparer.Ordinal)]);
    }

    public async Task<Answer<DownloadLink>> PackLinkAsync(Caller? caller, int year, string code, CancellationToken cancellationToken,
        int? version = null)
    {
        if (caller is null)
        {
            return Answer<DownloadLink>.Fail(AccessOutcome.Unauthenticated);
        }
        if (!IsYear(year) || !SubsidiaryCode.IsValid(code))
        {
            return Answer<DownloadLink>.Fail(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanReadPack(caller, code, year))
        {
            return Answer<DownloadLink>.Fail(AccessOutcome.Forbidden);
        }
        return await LinkAsync("pack", year, await LatestAsync(PackAssembler.BlobName(code, year), PackAssembler.BlobName(code, year), version, cancellationToken)
            .ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Answer<DownloadLink>> PlanLinkAsync(Caller? caller, int year, string language, CancellationToken cancellationToken,
        int? version = null)
    {
        if (caller is null)
        {
            return Answer<DownloadLink>.Fail(AccessOutcome.Unauthenticated);
        }
        Language? lang = language switch { "zh" => Language.Zh, "en" => Language.En, _ => null };
        if (!IsYear(year) || lang is null)
        {
            return Answer<DownloadLink>.Fail(AccessOutcome.Invalid);
        }
        if (!AccessPolicy.CanReadPlans(caller))
        {
            return Answer<DownloadLink>.Fail(AccessOutcome.Forbidden);
        }
        return await LinkAsync("plan", year, await LatestAsync(PlanGenerator.VersionsKey(year), PlanGenerator.BlobName(year, lang.Value), version, cancellationToken)
            .ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The version asked for, else the latest recorded: its blob name, from our naming only.</summary>
    private async Task<string> LatestAsync(string versionsKey, string firstBlobName, int? version, CancellationToken cancellationToken)
    {
        if (version is { } asked)
        {
            return DocumentVersions.VersionedName(firstBlobName, Math.Max(1, asked));
        }
        var history = await versions.HistoryAsync(versionsKey, cancellationToken).ConfigureAwait(false);
        return DocumentVersions.VersionedName(firstBlobName, history.Versions.Count > 0 ? history.Versions[^1].Number : 1);
    }

    /// <summary>"…-v3.pdf" → ("….pdf", 3); a name without a version suffix is version 1.</summary>
    internal static (string FirstName, int Version) SplitVersion(string blobName)
    {
        var extension = Path.GetExtension(blobName);
        var stem = blobName[..^extension.Length];
        var at = stem.LastIndexOf("-v", StringComparison.Ordinal);
        return at > 0 && int.TryParse(stem[(at + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 1
            ? (stem[..at] + extension, version)
            : (blobName, 1);
    }

    private async Task<Answer<DownloadLink>> LinkAsync(string kind, int year, string blobName, CancellationToken cancellationToken)
    {
        var blob = storage.Reports.GetBlobClient(blobName);
        try
        {
            if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                return Answer<DownloadLink>.Fail(AccessOutcome.NotFound);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return Answer<DownloadLink>.Fail(AccessOutcome.NotFound);
        }
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var url = await SasLinks.ForBlobAsync(storage, blob, BlobSasPermissions.Read, now, expires, cancellationToken).ConfigureAwait(false);
        return Answer<DownloadLink>.Ok(new DownloadLink(kind, year, blobName[(blobName.LastIndexOf('/') + 1)..], url, expires));
    }

    internal static string LanguageCode(Language language) => language == Language.Zh ? "zh" : "en";

    /// <summary>(code, year) of a pack blob name, or null when the name is not one the pack generator writes.</summary>
    internal static (string Code, int Year, int Version)? ParsePack(string versionedName)
    {
        var (blobName, version) = SplitVersion(versionedName);
        var parts = blobName.Split('/');
        if (parts.Length != 3 || parts[0] != "iso14064" || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        var suffix = string.Create(CultureInfo.InvariantCulture, $"-{year}-iso14064-pack.zip");
        if (!parts[2].EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }
        var code = parts[2][..^suffix.Length];
        return SubsidiaryCode.IsValid(code) && PackAssembler.BlobName(code, year) == blobName ? (code, year, version) : null;
    }
}
