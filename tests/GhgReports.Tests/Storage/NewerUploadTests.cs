using GhgReports.Storage;

namespace GhgReports.Tests.Storage;

public sealed class NewerUploadTests
{
    private static readonly DateTimeOffset At = new(2024, 3, 4, 9, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void IsNewer_OneMillisecondApart_TheLaterWinsWhateverTheNames()
    {
        Assert.True(CurrentPointers.IsNewer(At.AddMilliseconds(1), "CP/a.xlsx", At, "CP/z.xlsx"));
        Assert.False(CurrentPointers.IsNewer(At, "CP/z.xlsx", At.AddMilliseconds(1), "CP/a.xlsx"));
    }

    [Fact]
    public void IsNewer_WithinOneMillisecond_FallsToTheGreaterName()
    {
        // 0.9 ms apart is the same millisecond: the store may keep finer digits than the recorded time had.
        var finer = At.AddTicks(9_000);

        Assert.True(CurrentPointers.IsNewer(At, "CP/b.xlsx", finer, "CP/a.xlsx"));
        Assert.False(CurrentPointers.IsNewer(finer, "CP/a.xlsx", At, "CP/b.xlsx"));
    }

    [Fact]
    public void ToMillisecond_DropsFinerDigitsAndTheOffset() =>
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 1, 0, 0, 123, TimeSpan.Zero),
            CurrentPointers.ToMillisecond(new DateTimeOffset(2024, 3, 4, 9, 0, 0, 123, TimeSpan.FromHours(8)).AddTicks(5_000)));
}
