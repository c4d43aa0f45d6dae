using GhgReports.Intake;
using GhgReports.Intake.Reading;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using GhgReports.Submissions;

namespace GhgReports.IntegrationTests;

/// <summary>Limits are the officer's data errors, found before storage could fail on them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IntakeLimitsTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Process_ExcelsLongestNotesCell_IsRejectedAtItsCellNotFailed()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("CP");
        var longNotes = sample with { Sources = [.. sample.Sources.Select(s => s.Row == 4 ? s with { Notes = new string('注', 32_767) } : s)] };

        var result = await t.ProcessAsync(TestStorage.Workbook(longNotes), "CP/CP-2023.xlsx");

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        var problem = Assert.Single(result.Check.Problems, p => p.Severity == "error");
        Assert.Equal(("text-too-long", 4), (problem.Code, problem.Row));
        Assert.Equal(SubmissionStatus.Rejected, (await t.Store.GetAsync("CP", result.SubmissionId, default))!.Status);
    }

    [Fact]
    public async Task Process_EveryLongTextAtItsLimitWithCharactersStorageEscapes_IsAcceptedAndStoredWhole()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        await t.UploadGroupAsync();
        var sample = SeedSamples.ByCode("CP");
        // Each "<" is stored as six characters: 333 of them plus two are exactly 2,000 stored characters.
        var full = new string('<', 333) + "注释";
        var atLimits = sample with
        {
            Sources = [.. sample.Sources.Select(s => s with { Notes = full })],
            Goals = new GoalsStatement
            {
                Statement = full, ShortTerm = full, MidTerm = full, LongTerm = full, Explanation = full, Notes = full,
                StatementEn = full, ShortTermEn = full, MidTermEn = full, LongTermEn = full, ExplanationEn = full, NotesEn = full,
            },
        };

        var result = await t.ProcessAsync(TestStorage.Workbook(atLimits), "CP/CP-2023.xlsx");

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        var stored = await t.Store.CurrentAsync("CP", 2023, default);
        Assert.Equal(full, stored!.Goals.NotesEn);
        Assert.All(stored.Sources, s => Assert.Equal(full, s.Notes));
    }

    [Fact]
    public async Task ProcessBlob_OverTheSizeLimit_RefusedFromItsPropertiesWithoutReadingIt()
    {
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString);
        var blob = t.Storage.Uploads.GetBlobClient("CP/huge.xlsx");
        var size = ReadLimits.Default.MaxFileBytes + 14 * 1024 * 1024;
        await using (var zeros = new ZeroStream(size))
        {
            await blob.UploadAsync(zeros);
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = await t.Intake().ProcessBlobAsync(blob, default);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Equal("file-too-large", Assert.Single(result.Check.Problems).Code);
        // Reading it would have allocated at least its 64 MB; the refusal allocates a few hundred kilobytes (this
        // process runs other tests alongside, hence the margin).
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated:N0} bytes allocated");
        var history = await t.Store.HistoryAsync("CP", default);
        Assert.Equal(("CP/huge.xlsx", SubmissionStatus.Rejected), (Assert.Single(history).BlobName, history[0].Status));
        var again = await t.Intake().ProcessBlobAsync(blob, default);
        Assert.Equal(result.SubmissionId, again.SubmissionId);
        Assert.Single(await t.Store.HistoryAsync("CP", default));
    }

    /// <summary>A large upload without holding it in memory.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            Array.Clear(buffer, offset, n);
            Position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => length + offset,
        };

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
