namespace GhgReports.Intake.Reading;

/// <summary>
/// Limits for untrusted workbooks. The defaults leave room for a 100,000-row sources sheet while refusing zip bombs,
/// dimension bombs and entry floods before any parser walks them.
/// </summary>
public sealed record ReadLimits
{
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
    public int MaxZipEntries { get; init; } = 2_000;
    public long MaxEntryUncompressedBytes { get; init; } = 512L * 1024 * 1024;
    public long MaxTotalUncompressedBytes { get; init; } = 1024L * 1024 * 1024;
    /// <summary>Deflate rarely beats 100:1 on real sheet XML; bombs run at thousands to one.</summary>
    public int MaxCompressionRatio { get; init; } = 200;
    /// <summary>Entries below this size are not ratio-checked: tiny XML parts compress absurdly well and harm nobody.</summary>
    public long RatioCheckFloorBytes { get; init; } = 1024 * 1024;
    public int MaxRowsPerSheet { get; init; } = 200_000;
    public int MaxColumnsPerSheet { get; init; } = 256;
    /// <summary>Shared strings are all held while the sheets are read: 4,000,000 is 20 distinct texts on each of 200,000 rows.</summary>
    public int MaxSharedStrings { get; init; } = 4_000_000;

    public static ReadLimits Default { get; } = new();
}
