using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GhgReports.Bench.IntakeRead;

/// <summary>What one reader cost in its own process.</summary>
internal sealed record ReaderMeasurement(
    string Key,
    string Label,
    string? Note,
    int Rows,
    long ValuesRead,
    double[] PassSeconds,
    double MedianSeconds,
    double MedianCpuSeconds,
    double MedianAllocatedMb,
    double StartMb,
    double PeakMb)
{
    public const string OutputPrefix = "MEASUREMENT ";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string ToOutputLine() => OutputPrefix + JsonSerializer.Serialize(this, Json);

    public static ReaderMeasurement? FromOutputLine(string line) =>
        line.StartsWith(OutputPrefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<ReaderMeasurement>(line[OutputPrefix.Length..], Json) : null;

    /// <summary>
    /// Runs in the child process: untimed passes, at least <see cref="WarmUpPasses"/> and <see cref="WarmUpSeconds"/>,
    /// so that tiered compilation has promoted the hot methods (one pass left the first three timed passes of a
    /// 10,000-row read 2.5× slower than the rest), then <paramref name="passes"/> timed ones with a full collection
    /// between them, so the process's high-water mark is that of one read plus the runtime. CPU time (all threads of
    /// the process) is kept beside wall time: on a shared machine it is the steadier of the two.
    /// </summary>
    public const int WarmUpPasses = 3;
    public const double WarmUpSeconds = 3;

    public static ReaderMeasurement Measure(string key, string path, int rows, int passes)
    {
        var startMb = ProcessMemory.ResidentMb();
        var run = WorkbookReadRuns.Create(key);
        var values = run.Run(path);
        var warmUp = Stopwatch.StartNew();
        for (var i = 1; i < WarmUpPasses || warmUp.Elapsed.TotalSeconds < WarmUpSeconds; i++)
        {
            Collect(); // as before timed passes, so that the high-water mark stays that of one read
            run.Run(path);
        }
        var seconds = new double[passes];
        var cpuSeconds = new double[passes];
        var allocated = new double[passes];
        for (var i = 0; i < passes; i++)
        {
            Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var stopwatch = Stopwatch.StartNew();
            var again = run.Run(path);
            seconds[i] = stopwatch.Elapsed.TotalSeconds;
            cpuSeconds[i] = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
            allocated[i] = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0;
            if (again != values)
            {
                throw new InvalidOperationException($"{key}: pass {i + 1} read {again} values, the warm-up pass {values}.");
            }
        }
        return new ReaderMeasurement(key, run.Label, run.Note, rows, values, seconds, Median(seconds), Median(cpuSeconds), Median(allocated), startMb, ProcessMemory.PeakMb());
    }

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>This process's resident memory, from /proc/self/status on Linux.</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set (VmHWM) in MB.</summary>
    public static double PeakMb() => ReadStatusKb("VmHWM:") is { } kb ? kb / 1024.0 : Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

    /// <summary>
    /// Resets the peak resident set to the current one (Linux: "5" to /proc/self/clear_refs), so the next
    /// <see cref="PeakMb"/> is the peak of what follows. False where that is not possible.
    /// </summary>
    public static bool ResetPeak()
    {
        const string clearRefs = "/proc/self/clear_refs";
        try
        {
            File.WriteAllText(clearRefs, "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Current resident set (VmRSS) in MB.</summary>
    public static double ResidentMb() => ReadStatusKb("VmRSS:") is { } kb ? kb / 1024.0 : Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0;

    private static long? ReadStatusKb(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var number = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(number, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }
}
