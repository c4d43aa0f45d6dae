namespace GhgReports.Access;

/// <summary>
/// Who is calling, from the request headers: the App Service principal first (only when the host is behind App Service
/// authentication, which sets the header and strips a client's), else <c>Authorization: Bearer &lt;development token&gt;</c>
/// (only when development sign-in is configured), else nobody.
/// </summary>
public sealed class CallerResolver(DevelopmentTokens? tokens, bool trustPrincipalHeader)
{
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
