using Microsoft.Extensions.Options;

namespace GhgReports.Reporting;

/// <summary>Where "documents ready" notices and deadline reminders are posted; the property is the app setting of the same name.</summary>
public sealed class NotificationOptions
{
    /// <summary>An absolute http or https URL; empty: nothing is posted (the notifications queue still gets every notice).</summary>
    public string? NotificationWebhookUrl { get; set; }

    /// <summary>The webhook, or null when none is set; <see cref="NotificationOptionsValidation"/> has refused anything else at start.</summary>
    public Uri? Webhook => NotificationWebhookUrl is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null;
}

/// <summary>Refuses at start a webhook that is not an absolute http or https URL, naming the setting.</summary>
internal sealed class NotificationOptionsValidation : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options) =>
        options.NotificationWebhookUrl is not { Length: > 0 } url
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Setting 'NotificationWebhookUrl' is '{url}': it must be an absolute http or https URL, or empty for no webhook.");
}
