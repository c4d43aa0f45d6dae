using System.ComponentModel;
using GhgReports.Access;
using GhgReports.Localization;
using GhgReports.Submissions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// Prints a development sign-in token (role, subsidiary codes, a verifier's shared years) signed with the key of the
/// local run (<c>GhgDevSignInKey</c>, which `ghg run` prints). The web page and the API accept it as a Bearer token
/// only where that key is configured: never in Azure.
/// </summary>
internal sealed class SignInCommand(IAnsiConsole console) : Command<SignInCommand.Settings>
{
    public const string KeyVariable = "GhgDevSignInKey";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--role <ROLE>")]
        [Description("officer, management, compliance, verifier or hq (repeatable).")]
        public string[] Roles { get; init; } = [];

        [CommandOption("--subsidiary <CODE>")]
        [Description("An officer's subsidiary, or a subsidiary shared with a verifier (repeatable).")]
        public string[] Subsidiaries { get; init; } = [];

        [CommandOption("--year <YEAR>")]
        [Description("A reporting year shared with a verifier (repeatable), e.g. 2023.")]
        [TypeConverter(typeof(YearConverter))]
        public int[] Years { get; init; } = [];

        [CommandOption("--name <NAME>")]
        [Description("Who signs in. Default: the role and subsidiary.")]
        public string? Name { get; init; }

        [CommandOption("--hours <HOURS>")]
        [Description("How long the token lives (at most 12, the most the server accepts). Default: 8")]
        public int Hours { get; init; } = 8;

        [CommandOption("--key <KEY>")]
        [Description("The signing key. Default: the GhgDevSignInKey environment variable.")]
        public string? Key { get; init; }

        public override ValidationResult Validate()
        {
            if (Roles.Length == 0 || Roles.Any(r => !GhgReports.Access.Roles.IsKnown(r)))
            {
                return Usage.Error(CliTexts.RoleChoice.Format(string.Join(", ", GhgReports.Access.Roles.All)));
            }
            if (Subsidiaries.Any(c => !SubsidiaryCode.IsValid(c)))
            {
                return Usage.Error(CliTexts.SubsidiaryCodes);
            }
            if (Roles.Contains(GhgReports.Access.Roles.Officer) && Subsidiaries.Length == 0)
            {
                return Usage.Error(CliTexts.OfficerNeedsSubsidiary);
            }
            return Hours is < 1 or > 12 ? Usage.Error(CliTexts.HoursRange) : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var key = settings.Key ?? Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrEmpty(key) || key.Length < DevelopmentTokens.MinimumKeyLength)
        {
            CliErrors.Print(console, CliTexts.NoSigningKey.Format(KeyVariable, DevelopmentTokens.MinimumKeyLength));
            return GhgApp.UsageOrIo;
        }
        var name = settings.Name ?? $"{string.Join('+', settings.Roles)} {string.Join(',', settings.Subsidiaries)}".Trim();
        var caller = new Caller(name, [.. settings.Roles.Distinct()], [.. settings.Subsidiaries.Distinct()], [.. settings.Years.Distinct()]);
        var token = new DevelopmentTokens(key, TimeProvider.System).Issue(caller, TimeSpan.FromHours(settings.Hours));
        // One line whatever the terminal's width, so that it can be copied or captured (TOKEN=$(ghg signin …)).
        console.Profile.Width = Math.Max(console.Profile.Width, token.Length + 1);
        console.WriteLine(token);
        return GhgApp.Ok;
    }
}
