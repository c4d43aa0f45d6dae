using GhgReports.Reporting;
using GhgReports.Storage;
using Spectre.Console;

namespace GhgReports.Cli;

/// <summary>What `plan --out` and `pack --out` do after publishing: fetch each document into a local folder.</summary>
internal static class ReportDownloads
{
    /// <summary>Each document under its own file name in <paramref name="folder"/>; returns the paths written.</summary>
    public static async Task<IReadOnlyList<string>> DownloadAsync(GhgStorage storage, IEnumerable<PublishedDocument> documents, string folder,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, Path.GetFileName(document.BlobName));
            await storage.Reports.GetBlobClient(document.BlobName).DownloadToAsync(path, cancellationToken).ConfigureAwait(false);
            paths.Add(path);
        }
        return paths;
    }

    public static void List(IAnsiConsole console, IEnumerable<PublishedDocument> documents, IReadOnlyList<string> downloaded)
    {
        foreach (var document in documents)
        {
            console.MarkupLineInterpolated($"{document.BlobName} ({document.Bytes:N0} bytes, sha256 {document.Sha256[..12]}…)");
        }
        foreach (var path in downloaded)
        {
            console.MarkupLineInterpolated($"已下载 Downloaded: [green]{path}[/]");
        }
    }
}
