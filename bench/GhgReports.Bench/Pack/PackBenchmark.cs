using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using GhgReports.Bench.IntakeRead;
using GhgReports.ReportingPack;

namespace GhgReports.Bench.Pack;

/// <summary>
/// pack: every reporting pack of a generated group (one per subsidiary, then the consolidated one), without the PDF
/// reports (their engine is measured on its own): time, CPU, allocations and peak memory. Packs are written to a
/// temporary file with their evidence streamed from files, as the app builds them; the group pack's own peak is the
/// resident high-water mark reset just before it (Linux), then read after it.
/// </summary>
internal static class PackBenchmark
{
    public const string Command = "pack";

    public static int Run(string[] args)
    {
        var subsidiaries = 200;
        var lines = 50;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--subsidiaries" when i + 1 < args.Length:
                    subsidiaries = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--lines" when i + 1 < args.Length:
                    lines = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Command} [--subsidiaries 200] [--lines 50]");
                    return 2;
            }
        }
        if (subsidiaries < 1 || lines < 1)
        {
            Console.Error.WriteLine("--subsidiaries and --lines need positive counts.");
            return 2;
        }

        Console.WriteLine($"# Reporting packs: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}");
        Console.WriteLine($"load average at start: {LoadAverage()}; resident at start {ProcessMemory.ResidentMb():F0} MB");
        var setup = Stopwatch.StartNew();
        var group = BenchGroup.Generate(subsidiaries, lines);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {subsidiaries} subsidiaries × {lines} lines, calculated, evidence written ({group.EvidenceBytes / 1024.0 / 1024.0:F1} MB) in {setup.Elapsed.TotalSeconds:F1} s (untimed); resident {ProcessMemory.ResidentMb():F0} MB, peak so far {ProcessMemory.PeakMb():F0} MB"));

        // Warm-up: one subsidiary pack, so the timed run does not include JIT of the first ClosedXML save.
        Measure([group.Subsidiaries[0]], null, out _);
        Collect();
        var setupPeak = ProcessMemory.PeakMb();
        var residentBefore = ProcessMemory.ResidentMb();

        var subsidiaryRun = Measure(group.Subsidiaries, null, out var perPack);
        var subsidiaryPeak = ProcessMemory.PeakMb();
        Collect();
        var residentBeforeGroup = ProcessMemory.ResidentMb();
        var reset = ProcessMemory.ResetPeak();
        var groupRun = Measure([], group.Consolidated, out _);
        var groupPeak = ProcessMemory.PeakMb();
        Directory.Delete(group.EvidenceFolder, recursive: true);

        var sorted = perPack.Order().ToArray();
        Console.WriteLine();
        Console.WriteLine("| run | packs | wall s | CPU s | allocated MB | output MB | per pack ms (median / p95 / max) | peak MB after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| subsidiary packs ({lines} lines each) | {subsidiaries} | {subsidiaryRun.Seconds:F2} | {subsidiaryRun.CpuSeconds:F2} | {subsidiaryRun.AllocatedMb:F0} | {subsidiaryRun.OutputMb:F1} | "
            + $"{sorted[sorted.Length / 2]:F0} / {sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(sorted.Length * 0.95) - 1)]:F0} / {sorted[^1]:F0} | {subsidiaryPeak:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| group pack ({subsidiaries * lines:N0} lines, {subsidiaries} evidence files) | 1 | {groupRun.Seconds:F2} | {groupRun.CpuSeconds:F2} | {groupRun.AllocatedMb:F0} | {groupRun.OutputMb:F1} | - | {groupPeak:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Group pack: resident {residentBeforeGroup:F0} MB before it, peak {groupPeak:F0} MB during it ({(reset ? "high-water mark reset before it" : "high-water mark NOT reset: peak of the whole process")}), +{groupPeak - residentBeforeGroup:F0} MB."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"All {subsidiaries + 1} packs: {subsidiaryRun.Seconds + groupRun.Seconds:F1} s wall, {subsidiaryRun.CpuSeconds + groupRun.CpuSeconds:F1} s CPU. "
            + $"Before the timed runs {setupPeak:F0} MB peak, {residentBefore:F0} MB resident (runtime, generated inputs and evidence)."));
        return 0;
    }

    private sealed record Measurement(double Seconds, double CpuSeconds, double AllocatedMb, double OutputMb);

    private static Measurement Measure(IReadOnlyList<PackInputs> subsidiaries, GroupPackInputs? group, out List<double> perPackMs)
    {
        perPackMs = [];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var total = Stopwatch.StartNew();
        long outputBytes = 0;
        foreach (var inputs in subsidiaries)
        {
            var one = Stopwatch.StartNew();
            // Each pack goes to a fresh temporary file and is dropped, as the app does after upload: memory must not grow with the group.
            using var output = TemporaryFile();
            PackAssembler.Build(inputs, output);
            outputBytes += output.Length;
            perPackMs.Add(one.Elapsed.TotalMilliseconds);
        }
        if (group is not null)
        {
            using var output = TemporaryFile();
            PackAssembler.BuildGroup(group, output);
            outputBytes += output.Length;
        }
        return new Measurement(total.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0, outputBytes / 1024.0 / 1024.0);
    }

    private static FileStream TemporaryFile() => new(Path.Combine(Path.GetTempPath(), "ghg-bench-pack-" + Guid.NewGuid().ToString("N") + ".zip"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(' ', File.ReadAllText(loadavg).Split(' ').Take(3)) : "n/a";
    }
}
