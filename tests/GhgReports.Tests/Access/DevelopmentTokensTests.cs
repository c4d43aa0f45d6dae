using System.Buffers.Text;
using System.Text;
using GhgReports.Access;

namespace GhgReports.Tests.Access;

public sealed class DevelopmentTokensTests
{
    private const string Key = "a-development-key-of-enough-length";
    private static readonly Caller Officer = new("Li Wei", [Roles.Officer], ["CP"], []);
    private readonly AccessClock clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Verify_IssuedToken_ReturnsTheCaller()
    {
        var tokens = new DevelopmentTokens(Key, clock);

        var caller = tokens.Verify(tokens.Issue(Officer, TimeSpan.FromHours(8)));

        Assert.NotNull(caller);
        Assert.Equal("Li Wei", caller.Name);
        Assert.Equal(["officer"], caller.Roles);
        Assert.Equal(["CP"], caller.SubsidiaryCodes);
    }

    [Fact]
    public void Verify_AfterExpiry_IsRefused()
    {
        var tokens = new DevelopmentTokens(Key, clock);
        var token = tokens.Issue(Officer, TimeSpan.FromHours(1));

        clock.Now += TimeSpan.FromHours(1);

        Assert.Null(tokens.Verify(token));
    }

    [Fact]
    public void Verify_PayloadChanged_IsRefused()
    {
        var tokens = new DevelopmentTokens(Key, clock);
        var token = tokens.Issue(Officer, TimeSpan.FromHours(1));
        var signature = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.', StringComparison.Ordinal))));
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.Replace("\"CP\"", "\"YN\"", StringComparison.Ordinal)));

        Assert.Null(tokens.Verify(forged + "." + signature));
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_IsRefused()
    {
        var other = new DevelopmentTokens("another-key-that-is-long-enough", clock);

        Assert.Null(new DevelopmentTokens(Key, clock).Verify(other.Issue(Officer, TimeSpan.FromHours(1))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Verify_Malformed_IsRefused(string token) =>
        Assert.Null(new DevelopmentTokens(Key, clock).Verify(token));

    [Fact]
    public void From_NoKey_DevelopmentSignInIsOff()
    {
        Assert.Null(DevelopmentTokens.From(new SignInOptions { DevSignInKey = "" }, clock));
        Assert.Null(DevelopmentTokens.From(new SignInOptions(), clock));
    }

    [Fact]
    public void New_ShortKey_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new DevelopmentTokens("short", clock));

    [Fact]
    public void Verify_CorrectlySignedButClaimingACentury_IsRefused()
    {
        // Signed with the right key by an issuer whose clock ran a century ahead: the signature holds, the claim does not.
        var farFuture = new DevelopmentTokens(Key, new AccessClock(clock.Now.AddYears(100)));

        Assert.Null(new DevelopmentTokens(Key, clock).Verify(farFuture.Issue(Officer, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Verify_ExpiryAtTheCap_IsAcceptedAndJustBeyondTheSkewIsRefused()
    {
        var tokens = new DevelopmentTokens(Key, clock);
        var beyond = new DevelopmentTokens(Key, new AccessClock(clock.Now.AddMinutes(6)));

        Assert.NotNull(tokens.Verify(tokens.Issue(Officer, DevelopmentTokens.MaximumLifetime)));
        Assert.Null(tokens.Verify(beyond.Issue(Officer, DevelopmentTokens.MaximumLifetime)));
        Assert.Equal(TimeSpan.FromHours(12), DevelopmentTokens.MaximumLifetime);
    }

    [Fact]
    public void Issue_LifetimeOverADay_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DevelopmentTokens(Key, clock).Issue(Officer, TimeSpan.FromHours(25)));

    [Fact]
    public void Verify_UnknownRoleInToken_IsDropped()
    {
        var tokens = new DevelopmentTokens(Key, clock);

        var caller = tokens.Verify(tokens.Issue(Officer with { Roles = ["officer", "admin"] }, TimeSpan.FromHours(1)));

        Assert.Equal(["officer"], caller!.Roles);
    }
}
