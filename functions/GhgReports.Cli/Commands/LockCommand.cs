using System.ComponentModel;
using System.Globalization;
using GhgReports.Localization;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// Group HQ locks a verified period (or unlocks it); both are recorded with who and why. Only a registered
/// subsidiary's period with data in force can be locked: a typo in the code or year must not lock a period nobody has.
/// </summary>
internal sealed class LockCommand(IAnsiConsole console) : AsyncCommand<LockCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandArgument(0, "<SUBSIDIARY>")]
        [Description("Subsidiary code from the group register, e.g. CP.")]
        public string Subsidiary { get; init; } = "";

        [CommandArgument(1, "<YEAR>")]
        [Description("Reporting year with data in force, e.g. 2023.")]
        [TypeConverter(typeof(YearConverter))]
        public int Year { get; init; }

        [CommandOption("--verifier <NAME>")]
        [Description("Verification body (required to lock).")]
        public string? Verifier { get; init; }

        [CommandOption("--statement <REFERENCE>")]
        [Description("Verification statement reference (required to lock).")]
        public string? Statement { get; init; }

        [CommandOption("--use-statement")]
        [Description("Lock with the verification statement the verifier recorded (its verifier and reference), instead of --verifier and --statement.")]
        public bool UseStatement { get; init; }

        [CommandOption("--unlock")]
        [Description("Unlock instead; give --reason.")]
        public bool Unlock { get; init; }

        [CommandOption("--reason <TEXT>")]
        [Description("Why the period is unlocked (required with --unlock), recorded in the audit trail.")]
        public string? Reason { get; init; }

        [CommandOption("--actor <WHO>")]
        [Description("Who is acting. Default: the current user name.")]
        public string Actor { get; init; } = Environment.UserName;

        public override ValidationResult Validate() =>
            !SubsidiaryCode.IsValid(Subsidiary)
                ? Usage.Error(CliTexts.NotACode.Format(Subsidiary))
            : Unlock && string.IsNullOrWhiteSpace(Reason) ? Usage.Error(CliTexts.UnlockNeedsReason)
            : !Unlock && !UseStatement && (string.IsNullOrWhiteSpace(Verifier) || string.IsNullOrWhiteSpace(Statement)) ? Usage.Error(CliTexts.LockNeedsVerifier)
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.Services();
        var pointers = services.GetRequiredService<CurrentPointers>();
        var group = await services.GetRequiredService<SubmissionStore>().CurrentGroupAsync(cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            CliErrors.Print(console, CliTexts.NoRegister);
            return GhgApp.UsageOrIo;
        }
        if (group.Value.Workbook.Find(settings.Subsidiary) is null)
        {
            var codes = string.Join(", ", group.Value.Workbook.Register.Select(s => s.Code));
            CliErrors.Print(console, CliTexts.NotInRegister.Format(settings.Subsidiary, codes));
            return GhgApp.UsageOrIo;
        }
        var period = await pointers.GetAsync(settings.Subsidiary, CurrentPointers.PeriodKey(settings.Year), cancellationToken).ConfigureAwait(false);
        var locks = services.GetRequiredService<PeriodLocks>();
        if (settings.Unlock)
        {
            if (period is not { Locked: true })
            {
                CliErrors.Print(console, CliTexts.NotLocked.Format(settings.Subsidiary, settings.Year));
                return GhgApp.UsageOrIo;
            }
            await locks.UnlockAsync(settings.Subsidiary, settings.Year, settings.Actor, settings.Reason!, cancellationToken).ConfigureAwait(false);
            Say(CliTexts.Unlocked.Format(settings.Subsidiary, settings.Year));
            return GhgApp.Ok;
        }
        if (period?.SubmissionId is null)
        {
            var years = (await pointers.ListAsync(settings.Subsidiary, cancellationToken).ConfigureAwait(false))
                .Where(p => p.SubmissionId is not null).Select(p => p.RowKey).Order(StringComparer.Ordinal).ToList();
            CliErrors.Print(console, CliTexts.NoDataForYear.Format(settings.Subsidiary, settings.Year.ToString(CultureInfo.InvariantCulture),
                years.Count == 0 ? CliTexts.None : new Bilingual(string.Join(", ", years), string.Join(", ", years))));
            return GhgApp.UsageOrIo;
        }
        var (verifier, statement) = (settings.Verifier, settings.Statement);
        if (settings.UseStatement)
        {
            if (await services.GetRequiredService<GhgReports.Review.VerificationStatements>().GetAsync(settings.Subsidiary, settings.Year, cancellationToken)
                    .ConfigureAwait(false) is not { } recorded)
            {
                CliErrors.Print(console, ReviewTexts.NoStatement.Format(settings.Subsidiary, settings.Year));
                return GhgApp.UsageOrIo;
            }
            (verifier, statement) = (recorded.RecordedBy, recorded.Reference);
        }
        await locks.LockAsync(settings.Subsidiary, settings.Year, verifier!, statement!, settings.Actor, cancellationToken).ConfigureAwait(false);
        Say(CliTexts.Locked.Format(settings.Subsidiary, settings.Year, verifier, statement));
        return GhgApp.Ok;
    }

    private void Say(Bilingual message) => console.MarkupLineInterpolated($"{message.Zh}\n{message.En}");
}
