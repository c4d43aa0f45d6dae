using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using GhgReports.Intake.Reading;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Bench.IntakeRead;

/// <summary>
/// intake-read: how our workbook reader compares with the cheapest possible read (OpenXml SAX) and with ClosedXML,
/// in time, peak memory and allocations, each reader in a process of its own.
/// </summary>
internal static class IntakeReadBenchmark
{
    public const string Command = "intake-read";

    /// <summary>Hidden: the child process that measures one reader.</summary>
    public const string MeasureCommand = "intake-read-measure";

    private const double TargetRatio = 1.5;
    private static readonly int[] DefaultRows = [10_000, 50_000];

    public static int Run(string[] args)
    {
        var rows = DefaultRows;
        var passes = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rows" when i + 1 < args.Length:
                    rows = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(r => int.Parse(r.Replace("_", ""), NumberStyles.AllowThousands, CultureInfo.InvariantCulture))
                        .ToArray();
                    break;
                case "--passes" when i + 1 < args.Length:
                    passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Command} [--rows 10000,50000] [--passes 5]");
                    return 2;
            }
        }
        if (rows.Length == 0 || rows.Any(r => r < 1) || passes < 1)
        {
            Console.Error.WriteLine("--rows needs positive counts and --passes at least 1.");
            return 2;
        }

        Console.WriteLine($"# Workbook reading: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}");
        Console.WriteLine($"load average at start: {LoadAverage()}; warm: untimed passes (at least {ReaderMeasurement.WarmUpPasses} and {ReaderMeasurement.WarmUpSeconds:F0} s), then median of {passes} timed passes; each reader in its own process");
        var results = new List<(int Rows, IReadOnlyList<ReaderMeasurement> Measurements)>();
        foreach (var count in rows.Order())
        {
            var path = BenchWorkbook.Ensure(count, out var generated);
            Console.WriteLine();
            Console.WriteLine(generated is { } g
                ? $"Generated {Path.GetFileName(path)} in {g.TotalSeconds:F1} s"
                : $"Using cached {Path.GetFileName(path)}");
            if (!Verify(path, count))
            {
                return 1;
            }
            var measurements = WorkbookReadRuns.Keys.Select(key => MeasureInChild(key, path, count, passes)).ToList();
            results.Add((count, measurements));
            PrintTable(count, new FileInfo(path).Length, measurements);
        }
        if (results.Count > 1)
        {
            PrintGrowth(results);
        }
        return 0;
    }

    /// <summary>Untimed check that the generated workbook is one our reader accepts whole.</summary>
    private static bool Verify(string path, int rows)
    {
        using var stream = File.OpenRead(path);
        var result = new SubsidiaryWorkbookReader().Read(stream);
        var errors = result.Problems.Where(p => p.IsError).ToList();
        if (result.Workbook is null || errors.Count > 0 || result.Workbook.Sources.Count != rows)
        {
            Console.Error.WriteLine($"FAILED: our reader did not accept the benchmark workbook {path}: "
                                    + $"{result.Workbook?.Sources.Count.ToString(CultureInfo.InvariantCulture) ?? "no workbook"} source lines of {rows}, {errors.Count} errors.");
            foreach (var problem in result.Problems.Take(20))
            {
                Console.Error.WriteLine($"  {problem.Code} {problem.Location}: {problem.Message.En} (seen '{problem.ValueSeen}')");
            }
            return false;
        }
        var warnings = result.Problems.Count - errors.Count;
        Console.WriteLine($"Verified: our reader returns {result.Workbook.Sources.Count:N0} source lines, 0 errors, {warnings} warnings");
        return true;
    }

    private static ReaderMeasurement MeasureInChild(string key, string path, int rows, int passes)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this executable.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(IntakeReadBenchmark).Assembly.Location);
        }
        foreach (var argument in new[] { MeasureCommand, key, path, rows.ToString(CultureInfo.InvariantCulture), passes.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self}.");
        ReaderMeasurement? measurement = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            measurement ??= ReaderMeasurement.FromOutputLine(line);
        }
        child.WaitForExit();
        if (child.ExitCode != 0 || measurement is null)
        {
            throw new InvalidOperationException($"Measuring '{key}' failed (exit code {child.ExitCode}).");
        }
        return measurement;
    }

    public static int RunChild(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine($"Usage: {MeasureCommand} <reader> <path> <rows> <passes>");
            return 2;
        }
        var measurement = ReaderMeasurement.Measure(args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        Console.WriteLine(measurement.ToOutputLine());
        return 0;
    }

    private static void PrintTable(int rows, long fileBytes, IReadOnlyList<ReaderMeasurement> measurements)
    {
        var floor = measurements.Single(m => m.Key == WorkbookReadRuns.SaxFloor);
        var columns = S.Sources.Fields.Count;
        Console.WriteLine();
        Console.WriteLine($"## {rows:N0} source rows × {columns} columns ({rows * columns:N0} cells on the Sources sheet), file {fileBytes / 1024.0 / 1024.0:F1} MB");
        Console.WriteLine();
        Console.WriteLine("| reader | median s | passes s | CPU s | peak MB | start MB | allocated MB/pass | time × floor | CPU × floor | peak × floor | values read |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in measurements)
        {
            var passes = string.Join(" / ", m.PassSeconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Label} | {m.MedianSeconds:F2} | {passes} | {m.MedianCpuSeconds:F2} | {m.PeakMb:F0} | {m.StartMb:F0} | {m.MedianAllocatedMb:F0} | "
                + $"{m.MedianSeconds / floor.MedianSeconds:F2}× | {m.MedianCpuSeconds / floor.MedianCpuSeconds:F2}× | {m.PeakMb / floor.PeakMb:F2}× | {m.ValuesRead:N0} |"));
        }
        foreach (var m in measurements.Where(m => m.Note is not null))
        {
            Console.WriteLine($"note ({m.Key}): {m.Note}");
        }
        Console.WriteLine("(ours counts source lines; the others count non-empty cell values across all sheets)");
        var ours = measurements.Single(m => m.Key == WorkbookReadRuns.Ours);
        var ratio = ours.MedianSeconds / floor.MedianSeconds;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Target at {rows:N0} rows: ours ≤ {TargetRatio}× SAX floor (median time): {ours.MedianSeconds:F2} s / {floor.MedianSeconds:F2} s = {ratio:F2}× → {(ratio <= TargetRatio ? "PASS" : "FAIL")}"
            + $" (CPU time: {ours.MedianCpuSeconds / floor.MedianCpuSeconds:F2}×)"));
    }

    private static void PrintGrowth(List<(int Rows, IReadOnlyList<ReaderMeasurement> Measurements)> results)
    {
        var (smallRows, small) = results[0];
        var (largeRows, large) = results[^1];
        Console.WriteLine();
        Console.WriteLine($"## Memory against rows: {smallRows:N0} → {largeRows:N0}");
        Console.WriteLine();
        Console.WriteLine($"| reader | peak MB @{smallRows:N0} | peak MB @{largeRows:N0} | peak growth MB per 10,000 rows | allocated MB @{smallRows:N0} | allocated MB @{largeRows:N0} | time s @{smallRows:N0} | time s @{largeRows:N0} |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var key in WorkbookReadRuns.Keys)
        {
            var a = small.Single(m => m.Key == key);
            var b = large.Single(m => m.Key == key);
            var perTenThousand = (b.PeakMb - a.PeakMb) / (largeRows - smallRows) * 10_000;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {b.Label} | {a.PeakMb:F0} | {b.PeakMb:F0} | {perTenThousand:F1} | {a.MedianAllocatedMb:F0} | {b.MedianAllocatedMb:F0} | {a.MedianSeconds:F2} | {b.MedianSeconds:F2} |"));
        }
    }

    private static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(' ', File.ReadAllText(loadavg).Split(' ').Take(3)) : "n/a";
    }
}
