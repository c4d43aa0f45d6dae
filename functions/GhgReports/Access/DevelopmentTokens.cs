using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GhgReports.Access;

/// <summary>
/// The development sign-in: a compact token <c>base64url(JSON payload) "." base64url(HMAC-SHA256)</c> carrying name,
/// roles, subsidiary codes, shared years and an expiry, issued by <c>ghg signin</c> and checked by the HTTP functions.
/// The key comes from the setting <c>DevSignInKey</c>; without it no token is issued or accepted, so in Azure (where the
/// setting is deployed empty) only App Service authentication identifies callers.
/// </summary>
public sealed class DevelopmentTokens
{
    public const string SettingName = "DevSignInKey";

    /// <summary>Keys shorter than this are refused: a guessable key would let anyone be anyone.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>
    /// The longest a token may live, enforced when it is checked too: a token whose expiry lies further ahead was not
    /// issued by us (or by a tool that ignored the cap) and is refused, whatever its signature.
    /// </summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromHours(12);

    /// <summary>Clocks of the issuing and checking machines may differ by this much.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly byte[] key;
    private readonly TimeProvider clock;

    public DevelopmentTokens(string key, TimeProvider clock)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"The development sign-in key must have at least {MinimumKeyLength} characters.", nameof(key));
        }
        this.key = Encoding.UTF8.GetBytes(key);
        this.clock = clock;
    }

    /// <summary>Null when <c>DevSignInKey</c> is absent or empty: development sign-in is off.</summary>
    public static DevelopmentTokens? From(SignInOptions options, TimeProvider clock) =>
        options.DevSignInKey is { Length: > 0 } value ? new DevelopmentTokens(value, clock) : null;

    /// <summary>A random key for one local session.</summary>
    public static string NewKey() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public string Issue(Caller caller, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > MaximumLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), $"A development token lives between 0 and {MaximumLifetime.TotalHours} hours.");
        }
        var payload = new DevelopmentTokenPayload(caller.Name, [.. caller.Roles], [.. caller.SubsidiaryCodes], [.. caller.SharedYears],
            (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds());
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, AccessJson.Default.DevelopmentTokenPayload));
        return body + "." + Base64Url.EncodeToString(Sign(body));
    }

    /// <summary>The caller the token names, or null when it is malformed, tampered with, signed with another key or expired.</summary>
    public Caller? Verify(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.') || token.Length > 8192)
        {
            return null;
        }
        var body = token[..dot];
        byte[] signature;
        byte[] json;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            json = Base64Url.DecodeFromChars(body);
        }
        catch (FormatException)
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(body)))
        {
            return null;
        }
        DevelopmentTokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json, AccessJson.Default.DevelopmentTokenPayload);
        }
        catch (JsonException)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (payload is null || payload.Expires < 0 || payload.Expires > (now + MaximumLifetime + ClockSkew).ToUnixTimeSeconds()
            || DateTimeOffset.FromUnixTimeSeconds(payload.Expires) <= now)
        {
            return null;
        }
        return new Caller(payload.Name, [.. payload.Roles.Where(Roles.IsKnown)], payload.Subsidiaries ?? [], payload.Years ?? []);
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body));
}
