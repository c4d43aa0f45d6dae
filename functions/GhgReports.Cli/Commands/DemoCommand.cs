using System.ComponentModel;
using System.Globalization;
using GhgReports.Localization;
using GhgReports.Cli.Local;
using GhgReports.Intake.Template;
using GhgReports.Storage;
using GhgReports.Submissions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GhgReports.Cli.Commands;

/// <summary>
/// The README's main job, end to end: starts Azurite (unless given a connection), drops the group workbook and the
/// four sample workbooks into uploads/, lets the runner's blob trigger ingest them through the same service as the
/// Functions app, downloads what was produced into --out and prints a summary. Exits non-zero on any failure.
/// </summary>
internal sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Folder for everything the demo writes. Default: out")]
        public string Out { get; init; } = "out";

        [CommandOption("--connection <CONNECTION_STRING>")]
        [Description("Use this storage account instead of starting Azurite.")]
        public string? Connection { get; init; }

        [CommandOption("--through <YEAR>")]
        [Description("Run every year from 2023 to this one (later years are synthetic, labelled samples): plans for each year, packs for the last. Default: 2023")]
        public int Through { get; init; } = DemoRun.DemoYear;

        public override ValidationResult Validate() =>
            Through is < DemoRun.DemoYear or > 2050 ? Usage.Error(CliTexts.YearFrom2023.Format("--through")) : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Out);
        var templatePath = Path.Combine(settings.Out, "ghg-template.xlsx");
        using (var file = File.Create(templatePath))
        {
            SubsidiaryWorkbookWriter.Write(file, ReferenceCatalogs.Factors);
        }
        var samples = Enumerable.Range(DemoRun.DemoYear, settings.Through - DemoRun.DemoYear + 1)
            .SelectMany(year => SamplesCommand.Write(Path.Combine(settings.Out, "samples"), year)).Distinct().ToList();
        console.MarkupLineInterpolated($"[grey]1/4[/] 模板与样例 Template and {samples.Count} sample workbooks (group + subsidiaries) written to {settings.Out}");

        Azurite? azurite = null;
        var location = Directory.CreateTempSubdirectory("ghg-demo-azurite-");
        try
        {
            var connection = settings.Connection;
            if (connection is null)
            {
                console.MarkupLine("[grey]2/4[/] 启动 Azurite Starting Azurite (local storage emulator) …");
                azurite = await Azurite.StartAsync(location.FullName).ConfigureAwait(false);
                connection = azurite.ConnectionString;
            }
            else
            {
                console.MarkupLine("[grey]2/4[/] 使用给定的存储账户 Using the given storage account");
            }
            console.MarkupLine("[grey]3/4[/] 上传并等待入库 Uploading and waiting for intake …");
            var run = new DemoRun(connection, StorageNames.Unique("demo"), settings.Out, message => console.MarkupLineInterpolated($"      {message}"),
                settings.Through);
            var outcome = await run.RunAsync(cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"[grey]4/4[/] 下载 Downloaded {outcome.Files.Count} files into {settings.Out}");
            console.Write(Summary(outcome));
            foreach (var file in outcome.Files.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".zip", StringComparison.Ordinal)))
            {
                console.MarkupLineInterpolated($"  {file}");
            }
            var failed = outcome.Results.Where(r => r.Status == SubmissionStatus.Rejected).ToList();
            foreach (var result in failed)
            {
                console.MarkupLineInterpolated($"[red]退回 Rejected {result.BlobName}[/]: {string.Join("; ", result.Check.Problems.Select(p => p.Code))}");
            }
            return failed.Count == 0 ? GhgApp.Ok : GhgApp.Rejected;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
            location.Delete(recursive: true);
        }
    }

    private static Table Summary(DemoOutcome outcome)
    {
        // Two-line headers and no wrapping: the table fits 80 columns (a redirected console's width) without splitting a figure.
        var table = new Table().Border(TableBorder.Rounded).Caption("第1–4类 Cat 1–4: tCO2e · 强度 intensity: scope 1+2 tCO2e / t");
        foreach (var column in new[] { "代码\nCode", "结果\nStatus", "第1类\nCat 1", "第2类\nCat 2", "第3类\nCat 3", "第4类\nCat 4", "强度\nt/t", "警告\nWarnings" })
        {
            table.AddColumn(new TableColumn(column).RightAligned().NoWrap());
        }
        foreach (var result in outcome.Results)
        {
            var figures = result.Figures;
            string Category(int c) => figures?.CategoryTotalsTco2e.TryGetValue(c, out var v) == true ? v.ToString("N0", CultureInfo.InvariantCulture) : "";
            table.AddRow(
                // With --through the same subsidiary appears once a year: the year goes beside its code.
                Markup.Escape(result.Check.ReportingYear is { } year && result.Subsidiary != GroupWorkbook.Code ? $"{result.Subsidiary} {year}" : result.Subsidiary),
                result.Status == SubmissionStatus.Rejected ? $"[red]{StoredName.Of(result.Status)}[/]" : $"[green]{StoredName.Of(result.Status)}[/]",
                Category(1), Category(2), Category(3), Category(4),
                figures?.Scope12Intensity?.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
                result.Check.WarningCount.ToString(CultureInfo.InvariantCulture));
        }
        return table;
    }
}
