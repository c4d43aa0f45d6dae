using System.IO.Compression;

namespace GhgReports.Spreadsheets;

/// <summary>
/// Zip entries written the same way every time: the caller's time (a snapshot or the data's own date, never the clock),
/// one compression level, no extra fields. Used for every zip we make: the reporting packs and every workbook
/// (<see cref="WorkbookPackage"/>).
/// </summary>
internal static class ReproducibleZip
{
    /// <summary>The earliest time a zip (DOS) timestamp can hold: what an entry of a package without a date carries.</summary>
    public static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Add(ZipArchive archive, string name, ReadOnlySpan<byte> content, DateTimeOffset timestamp)
    {
        using var stream = Open(archive, name, timestamp);
        stream.Write(content);
    }

    public static void Add(ZipArchive archive, string name, Action<Stream> write, DateTimeOffset timestamp)
    {
        using var stream = Open(archive, name, timestamp);
        write(stream);
    }

    /// <summary>
    /// Copies a source into a new entry in pieces, hashing it on the way: the entry's SHA-256 and length without the
    /// whole content in memory.
    /// </summary>
    public static (string Sha256, long Length) Copy(ZipArchive archive, string name, Func<Stream> open, DateTimeOffset timestamp,
        CancellationToken cancellationToken)
    {
        using var source = open();
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        using var entry = Open(archive, name, timestamp);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        long length = 0;
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
                entry.Write(buffer, 0, read);
                length += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }

    private static Stream Open(ZipArchive archive, string name, DateTimeOffset timestamp)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        // DOS time has no zone and two-second steps; the UTC clock time of the snapshot is what we store.
        var utc = timestamp.ToUniversalTime();
        entry.LastWriteTime = utc < Earliest ? Earliest : new DateTimeOffset(utc.DateTime, TimeSpan.Zero);
        return entry.Open();
    }
}
