using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace GhgReports.Storage.Backups;

/// <summary>
/// A write-only stream onto a block blob that does not exist yet: blocks are staged as they fill (memory stays at one
/// block however large the table), and <see cref="CompleteAsync"/> commits them with <c>If-None-Match: *</c>, so an
/// export never replaces a blob, and an export that fails half-way leaves only uncommitted blocks, which the service
/// discards. <see cref="Stream.DisposeAsync"/> without <see cref="CompleteAsync"/> commits nothing.
/// </summary>
internal sealed class CreateOnlyBlobStream(BlockBlobClient blob, string contentType, int blockBytes = 4 * 1024 * 1024) : Stream
{
    private readonly MemoryStream _block = new();
    private readonly List<string> _blockIds = [];
    private long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written;
    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (buffer.Length > 0)
        {
            var room = blockBytes - (int)_block.Length;
            var take = Math.Min(room, buffer.Length);
            _block.Write(buffer.Span[..take]);
            _written += take;
            buffer = buffer[take..];
            if (_block.Length == blockBytes)
            {
                await StageAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Compression streams flush synchronously on dispose; what they write waits in the block until it is staged.</summary>
    public override void Write(byte[] buffer, int offset, int count)
    {
        _block.Write(buffer, offset, count);
        _written += count;
    }

    /// <summary>Stages what is left and commits every block as the blob; 409 if the blob exists.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        while (_block.Length > 0)
        {
            await StageAsync(cancellationToken).ConfigureAwait(false);
        }
        await blob.CommitBlockListAsync(_blockIds, new CommitBlockListOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task StageAsync(CancellationToken cancellationToken)
    {
        // A block larger than blockBytes (synchronous writes at the end) is staged in pieces of blockBytes.
        var bytes = _block.ToArray();
        _block.SetLength(0);
        for (var offset = 0; offset < bytes.Length; offset += blockBytes)
        {
            // Block ids must all have the same length within a blob.
            var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(_blockIds.Count.ToString("D6", CultureInfo.InvariantCulture)));
            using var content = new MemoryStream(bytes, offset, Math.Min(blockBytes, bytes.Length - offset), writable: false);
            await blob.StageBlockAsync(id, content, cancellationToken: cancellationToken).ConfigureAwait(false);
            _blockIds.Add(id);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _block.Dispose();
        }
        base.Dispose(disposing);
    }
}
