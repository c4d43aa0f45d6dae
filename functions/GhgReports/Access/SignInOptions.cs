using Microsoft.Extensions.Options;

namespace GhgReports.Access;

/// <summary>The development sign-in key; the property is the app setting of the same name, deployed empty in Azure.</summary>
public sealed class SignInOptions
{
    /// <summary>Signs and checks development tokens; empty: development sign-in is off.</summary>
    public string? DevSignInKey { get; set; }
}

/// <summary>
/// Whether the platform in front of the host sets and strips the App Service principal header. Not a setting: each host
/// decides it from what it knows about where it runs, so no configuration value can make a host trust a forged header.
/// </summary>
public sealed class PrincipalHeaderTrust
{
    public bool Trusted { get; set; }
}

/// <summary>Refuses at start a development sign-in key too short to be safe, naming the setting.</summary>
internal sealed class SignInOptionsValidation : IValidateOptions<SignInOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInOptions options) =>
        options.DevSignInKey is { Length: > 0 } key && key.Length < DevelopmentTokens.MinimumKeyLength
            ? ValidateOptionsResult.Fail(
                $"Setting '{DevelopmentTokens.SettingName}' has {key.Length} characters: a development sign-in key needs at least {DevelopmentTokens.MinimumKeyLength}, or leave it empty to turn development sign-in off.")
            : ValidateOptionsResult.Success;
}
