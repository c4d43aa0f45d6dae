using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GhgReports.Access;

/// <summary>
/// Who is calling, from the request headers: the App Service principal first (only when the host is behind App Service
/// authentication, which sets the header and strips a client's), else <c>Authorization: Bearer &lt;development token&gt;</c>
/// (only when development sign-in is configured), else nobody.
/// </summary>
public sealed class CallerResolver
{
    private readonly DevelopmentTokens? tokens;
    private readonly bool trustPrincipalHeader;

    public CallerResolver(DevelopmentTokens? tokens, bool trustPrincipalHeader)
    {
        this.tokens = tokens;
        this.trustPrincipalHeader = trustPrincipalHeader;
    }

    /// <summary>As the hosts compose it: the sign-in key from settings, the header trusted only where the host says so.</summary>
    [ActivatorUtilitiesConstructor]
    public CallerResolver(IOptions<SignInOptions> signIn, IOptions<PrincipalHeaderTrust> header, TimeProvider clock)
        : this(DevelopmentTokens.From(signIn.Value, clock), header.Value.Trusted)
    {
    }

    public Caller? Resolve(string? principalHeader, string? authorization)
    {
        if (trustPrincipalHeader && AppServicePrincipal.Parse(principalHeader) is { } principal)
        {
            return principal;
        }
        const string bearer = "Bearer ";
        if (tokens is not null && authorization is not null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return tokens.Verify(authorization[bearer.Length..].Trim());
        }
        return null;
    }
}
