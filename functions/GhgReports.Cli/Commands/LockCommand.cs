using System.ComponentModel;
using GhgReports.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>Group HQ locks a verified period (or unlocks it); both are recorded with who and why.</summary>
internal sealed class LockCommand(IAnsiConsole console) : AsyncCommand<LockCommand.Settings>
{
    public sealed class Settings : StorageSettings
    {
        [CommandArgument(0, "<SUBSIDIARY>")]
        public string Subsidiary { get; init; } = "";

        [CommandArgument(1, "<YEAR>")]
        public int Year { get; init; }

        [CommandOption("--verifier <NAME>")]
        [Description("Verification body (required to lock).")]
        public string? Verifier { get; init; }

        [CommandOption("--statement <REFERENCE>")]
        [Description("Verification statement reference (required to lock).")]
        public string? Statement { get; init; }

        [CommandOption("--unlock")]
        [Description("Unlock instead; give --reason.")]
        public bool Unlock { get; init; }

        [CommandOption("--reason <TEXT>")]
        public string? Reason { get; init; }

        [CommandOption("--actor <WHO>")]
        [Description("Who is acting. Default: the current user name.")]
        public string Actor { get; init; } = Environment.UserName;

        public override ValidationResult Validate() =>
            !GhgReports.Intake.SubsidiaryCode.IsValid(Subsidiary) ? ValidationResult.Error($"'{Subsidiary}' is not a subsidiary code.")
            : Unlock && string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--unlock needs --reason.")
            : !Unlock && (string.IsNullOrWhiteSpace(Verifier) || string.IsNullOrWhiteSpace(Statement)) ? ValidationResult.Error("Locking needs --verifier and --statement.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var storage = settings.Open();
        var locks = new PeriodLocks(storage, new CurrentPointers(storage), TimeProvider.System);
        if (settings.Unlock)
        {
            await locks.UnlockAsync(settings.Subsidiary, settings.Year, settings.Actor, settings.Reason!, cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"已解锁 Unlocked {settings.Subsidiary} {settings.Year}");
        }
        else
        {
            await locks.LockAsync(settings.Subsidiary, settings.Year, settings.Verifier!, settings.Statement!, settings.Actor, cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"已锁定 Locked {settings.Subsidiary} {settings.Year} ({settings.Verifier}, {settings.Statement})");
        }
        return GhgApp.Ok;
    }
}
