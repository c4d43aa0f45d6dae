using GhgReports.Access;

namespace GhgReports.Tests.Access;

public sealed class CallerResolverTests
{
    private static readonly AccessClock Clock = new(DateTimeOffset.UtcNow);
    private static readonly DevelopmentTokens Tokens = new("a-development-key-of-enough-length", Clock);
    private static readonly string Principal = AppServicePrincipalTests.Header("""{"claims":[{"typ":"roles","val":"compliance"},{"typ":"name","val":"P"}]}""");
    private static readonly string Bearer = "Bearer " + Tokens.Issue(new Caller("T", [Roles.Officer], ["CP"], []), TimeSpan.FromHours(1));

    [Fact]
    public void Resolve_TrustedHeader_WinsOverToken() =>
        Assert.Equal("P", new CallerResolver(Tokens, trustPrincipalHeader: true).Resolve(Principal, Bearer)!.Name);

    [Fact]
    public void Resolve_UntrustedHeader_IsIgnored() =>
        Assert.Null(new CallerResolver(null, trustPrincipalHeader: false).Resolve(Principal, null));

    [Fact]
    public void Resolve_Token_WhenSignInConfigured() =>
        Assert.Equal("T", new CallerResolver(Tokens, trustPrincipalHeader: false).Resolve(null, Bearer)!.Name);

    [Fact]
    public void Resolve_Token_WhenSignInNotConfigured_IsAnonymous() =>
        Assert.Null(new CallerResolver(null, trustPrincipalHeader: true).Resolve(null, Bearer));

    [Fact]
    public void Resolve_Nothing_IsAnonymous() =>
        Assert.Null(new CallerResolver(Tokens, trustPrincipalHeader: true).Resolve(null, null));
}
