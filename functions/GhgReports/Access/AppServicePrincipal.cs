using System.Globalization;
using System.Text.Json;

namespace GhgReports.Access;

/// <summary>
/// The caller as App Service authentication (Easy Auth) passes it to the app: the <c>X-MS-CLIENT-PRINCIPAL</c> header,
/// base64-encoded JSON <c>{ "auth_typ", "name_typ", "role_typ", "claims": [{ "typ", "val" }] }</c>.
/// Roles are the claims of type <c>roles</c> (Entra ID app roles: officer, management, compliance, verifier, hq) or of
/// the principal's <c>role_typ</c>; subsidiary codes are the claims of type <c>subsidiary</c> (one per code, e.g. from
/// a directory extension attribute mapped into the token); a verifier's shared years are claims of type <c>year</c>.
/// The header is trusted only where App Service sets it and strips any a client sent (authentication enabled).
/// </summary>
public static class AppServicePrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";
    public const string RolesClaim = "roles";
    public const string SubsidiaryClaim = "subsidiary";
    public const string YearClaim = "year";

    /// <summary>Null when the header is absent or not a principal.</summary>
    public static Caller? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 64 * 1024)
        {
            return null;
        }
        AppServicePrincipalDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(Convert.FromBase64String(header), AccessJson.Default.AppServicePrincipalDocument);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
        if (document?.Claims is not { } claims)
        {
            return null;
        }
        var roleType = document.RoleType;
        var roles = claims.Where(c => c.Type == RolesClaim || (roleType is not null && c.Type == roleType))
            .Select(c => c.Value ?? "").Where(Roles.IsKnown).Distinct(StringComparer.Ordinal).ToList();
        var codes = claims.Where(c => c.Type == SubsidiaryClaim && !string.IsNullOrEmpty(c.Value))
            .Select(c => c.Value!).Distinct(StringComparer.Ordinal).ToList();
        var years = claims.Where(c => c.Type == YearClaim)
            .Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0)
            .Where(y => y > 0).Distinct().ToList();
        var nameType = document.NameType ?? "name";
        var name = claims.FirstOrDefault(c => c.Type == nameType)?.Value
            ?? claims.FirstOrDefault(c => c.Type is "name" or "preferred_username")?.Value
            ?? "";
        return new Caller(name, roles, codes, years);
    }
}
