using GhgReports.Cli.Commands;
using GhgReports.Localization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli;

/// <summary>
/// The `ghg` command. Exit codes: 0 success / workbook accepted; 1 workbook rejected or a step failed;
/// 2 usage or I/O error.
/// </summary>
internal static class GhgApp
{
    public const int Ok = 0;
    public const int Rejected = 1;
    public const int UsageOrIo = 2;

    private static readonly HashSet<string> Commands =
        new(["template", "samples", "validate", "demo", "run", "upload", "status", "plan", "pack", "recalculate", "signin", "lock", "backup", "restore", "remind"], StringComparer.Ordinal);

    public static int Run(string[] args, IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("ghg");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }
            config.PropagateExceptions();
            // An unknown or misspelt option (--jsn) is refused by name instead of being taken for an argument.
            config.UseStrictParsing();
            config.AddCommand<TemplateCommand>("template")
                .WithDescription("Write the subsidiary workbook template (模板) to --out.")
                .WithExample("template", "--out", "ghg-template.xlsx")
                .WithExample("template", "--subsidiary", "CP", "--year", "2024");
            config.AddCommand<SamplesCommand>("samples")
                .WithDescription("Write the four sample workbooks of the 2023 plan's subsidiaries (样例) into --out.")
                .WithExample("samples", "--out", "samples");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a subsidiary or group workbook and list every problem (校验), or an accepted file's totals. Exit 0 accepted, 1 rejected, 2 usage or I/O error.")
                .WithExample("validate", "samples/CP-2023.xlsx")
                .WithExample("validate", "\"创新精密 2023.xlsx\"", "--json")
                .WithExample("validate", "samples/_group-2023.xlsx", "--group");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Run the main job end to end on Azurite: samples uploaded, ingested by the runner's triggers, outputs downloaded.")
                .WithExample("demo", "--out", "out");
            config.AddCommand<RunCommand>("run")
                .WithDescription("The local runner: Azurite (unless --connection) and the same triggers as the Functions app, until Ctrl+C. Prints GhgStorage on one line and writes it to .azurite/connection.")
                .WithExample("run");
            config.AddCommand<UploadCommand>("upload")
                .WithDescription("Upload a workbook into uploads/<subsidiary>/ (上传).")
                .WithExample("upload", "samples/CP-2023.xlsx", "--subsidiary", "CP")
                .WithExample("upload", "VS-2024-017.pdf", "--subsidiary", "CP", "--evidence", "--year", "2023");
            config.AddCommand<StatusCommand>("status")
                .WithDescription("The group workbook in force, submissions by the officers' file names, data in force, locks, and who has not submitted (状态).")
                .WithExample("status", "--year", "2023")
                .WithExample("status", "--subsidiary", "CP");
            config.AddCommand<PlanCommand>("plan")
                .WithDescription("Generate the reduction plan PDFs (减排计划) from the data in force; --out downloads them.")
                .WithExample("plan", "--year", "2023", "--lang", "zh")
                .WithExample("plan", "--year", "2023", "--out", "reports");
            config.AddCommand<PackCommand>("pack")
                .WithDescription("Generate the ISO 14064-1 reporting packs (报告包) from the data in force; --out downloads them.")
                .WithExample("pack", "--year", "2023", "--subsidiary", "CP", "--out", "reports");
            config.AddCommand<RecalculateCommand>("recalculate")
                .WithDescription("Recalculate a year's stored inventories with a factor version and GWP set (重新计算), recorded with who and why.")
                .WithExample("recalculate", "--year", "2023", "--factors", "\"<version>\"", "--gwp", "AR6", "--reason", "\"switch to AR6\"");
            config.AddCommand<SignInCommand>("signin")
                .WithDescription("Print a development sign-in token for the web page and its API (登录令牌), signed with the key `ghg run` printed.")
                .WithExample("signin", "--role", "officer", "--subsidiary", "CP")
                .WithExample("signin", "--role", "verifier", "--subsidiary", "CP", "--year", "2023");
            config.AddCommand<LockCommand>("lock")
                .WithDescription("Lock a verified period (锁定) of a registered subsidiary with data in force, or --unlock it; recorded with who and why.")
                .WithExample("lock", "CP", "2023", "--verifier", "\"Verifier Ltd\"", "--statement", "VS-2024-017")
                .WithExample("lock", "CP", "2024", "--use-statement")
                .WithExample("lock", "CP", "2023", "--unlock", "--reason", "\"correction after verification\"");
            config.AddCommand<RemindCommand>("remind")
                .WithDescription("Remind the subsidiaries with nothing in force for --year through the notification webhook (截止提醒), a week before the group workbook's deadline and on the day; once a day, as the daily SendDeadlineReminders timer does.")
                .WithExample("remind", "--year", "2024");
            config.AddBranch("review", review =>
            {
                review.SetDescription("HQ's review (审核) when the group workbook asks for it: list the workbooks awaiting it, approve one, or return it with a comment.");
                review.AddCommand<ReviewListCommand>("list")
                    .WithDescription("The workbooks awaiting HQ's review, with their submission ids.")
                    .WithExample("review", "list");
                review.AddCommand<ReviewDecisionCommand>("approve")
                    .WithDescription("Approve a workbook awaiting review: it is in force unless the period is locked; recorded with who.")
                    .WithExample("review", "approve", "CP", "3f2a9c1e");
                review.AddCommand<ReviewDecisionCommand>("return")
                    .WithDescription("Return a workbook awaiting review with a comment the officer sees; it never counts.")
                    .WithExample("review", "return", "CP", "3f2a9c1e", "--comment", "\"row 7: the 2023 gas figure\"");
            });
            config.AddCommand<BackupCommand>("backup")
                .WithDescription("Export every table as JSON lines to backups/tables/<id>/ (备份), as the daily BackupTables timer does.")
                .WithExample("backup");
            config.AddCommand<RestoreCommand>("restore")
                .WithDescription("Rebuild the tables from a table export (恢复) into empty tables under --table-prefix; --overwrite for tables holding data.")
                .WithExample("restore", "--from", "20261202T023000Z-Ghg", "--table-prefix", "Ghg")
                .WithExample("restore", "--from", "backups/20261202T023000Z-Ghg", "--connection", "\"<new account>\"");
        });
        var target = console ?? AnsiConsole.Console;
        if (args.Length == 0)
        {
            // Bare `ghg` did nothing it was asked to: show what it can do, and say so in the exit code.
            app.Run(["--help"]);
            CliErrors.Print(target, CliTexts.NoCommand);
            return UsageOrIo;
        }
        try
        {
            if (OptionValues.FirstWithoutValue(args) is { } option)
            {
                throw OptionValues.Missing(option);
            }
            return app.Run(args);
        }
        catch (Exception ex)
        {
            return CliErrors.Report(target, ex, Commands.Contains(args[0]) ? args[0] : null);
        }
    }
}
