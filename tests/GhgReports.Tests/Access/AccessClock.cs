namespace GhgReports.Tests.Access;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class AccessClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
