using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using GhgReports.Bench.IntakeRead;
using GhgReports.Localization;
using GhgReports.Plan;
using SkiaSharp;

namespace GhgReports.Bench.PlanRender;

/// <summary>
/// plan: time and peak memory of one reduction plan (compose, lay out, subset, draw) for each group size asked for (4 is
/// the seed group; any other count a generated group of that many subsidiaries), against the floor of emitting the same
/// number of empty pages with the same PDF engine. Each case runs in a process of its own so peak memory is its own.
/// </summary>
internal static class PlanBenchmark
{
    public const string Command = "plan";

    /// <summary>Hidden: the child process that measures one case.</summary>
    public const string MeasureCommand = "plan-measure";

    private const string Seed = "seed";
    private const string Synthetic = "synthetic";
    private const string EmptyPages = "empty-pages";

    /// <summary>The seed group's size: asked for, it is the seed group itself rather than a generated one.</summary>
    private const int SeedSize = 4;

    public static int Run(string[] args)
    {
        var passes = 5;
        int[] sizes = [4, 200];
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--passes" when i + 1 < args.Length:
                    passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--subsidiaries" when i + 1 < args.Length:
                    sizes = [.. args[++i].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Command} [--passes 5] [--subsidiaries 4,200,2000] [--out folder]");
                    return 2;
            }
        }
        if (passes < 1 || sizes.Any(n => n < 1))
        {
            Console.Error.WriteLine("--passes and --subsidiaries need at least 1.");
            return 2;
        }

        Console.WriteLine($"# Reduction plan PDF: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}");
        Console.WriteLine($"load average at start: {LoadAverage()}; warm: 1 untimed pass, then median of {passes} timed passes; each case in its own process");
        Console.WriteLine();
        Console.WriteLine("| case | pages | PDF KB | median s | passes s | compose s | render s | peak MB | time × floor | peak × floor |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var (label, kind, count) in sizes.Select(n => n == SeedSize
            ? ("seed group, 4 subsidiaries (zh)", Seed, n)
            : (string.Create(CultureInfo.InvariantCulture, $"generated group, {n:N0} subsidiaries (zh)"), Synthetic, n)))
        {
            var plan = Measure(kind, count, passes, output);
            var floor = Measure(EmptyPages, plan.Pages, passes, null);
            Print(label, plan, floor);
            Print($"floor: {plan.Pages} empty pages", floor, floor);
        }
        return 0;
    }

    private static void Print(string label, PlanMeasurement m, PlanMeasurement floor)
    {
        var passes = string.Join(" / ", m.PassSeconds.Select(s => s.ToString("F3", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {m.Pages} | {m.Bytes / 1024.0:F0} | {m.MedianSeconds:F3} | {passes} | {m.ComposeSeconds:F3} | {m.RenderSeconds:F3} | {m.PeakMb:F0} | "
            + $"{m.MedianSeconds / floor.MedianSeconds:F1}× | {m.PeakMb / floor.PeakMb:F2}× |"));
    }

    private static PlanMeasurement Measure(string kind, int count, int passes, string? output)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this executable.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PlanBenchmark).Assembly.Location);
        }
        foreach (var argument in new[] { MeasureCommand, kind, count.ToString(CultureInfo.InvariantCulture), passes.ToString(CultureInfo.InvariantCulture), output ?? "-" })
        {
            start.ArgumentList.Add(argument);
        }
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self}.");
        PlanMeasurement? measurement = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            measurement ??= PlanMeasurement.FromOutputLine(line);
        }
        child.WaitForExit();
        if (child.ExitCode != 0 || measurement is null)
        {
            throw new InvalidOperationException($"Measuring '{kind}' failed (exit code {child.ExitCode}).");
        }
        return measurement;
    }

    public static int RunChild(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine($"Usage: {MeasureCommand} <{Seed}|{Synthetic}|{EmptyPages}> <count> <passes> <out folder or ->");
            return 2;
        }
        var kind = args[0];
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var passes = int.Parse(args[2], CultureInfo.InvariantCulture);
        var output = args[3] == "-" ? null : args[3];
        var measurement = kind == EmptyPages ? MeasureEmpty(count, passes) : MeasurePlan(kind, count, passes, output);
        Console.WriteLine(measurement.ToOutputLine());
        return 0;
    }

    private static PlanMeasurement MeasurePlan(string kind, int count, int passes, string? output)
    {
        // Inputs are what storage would hand over: workbooks and calculated inventories, prepared untimed.
        var inputs = kind == Seed ? PlanSamples.Seed(Language.Zh) : PlanSamples.Synthetic(count, Language.Zh);
        byte[] pdf = [];
        var compose = new double[passes];
        var render = new double[passes];
        var totals = new double[passes];
        for (var pass = -1; pass < passes; pass++)
        {
            Collect();
            var watch = Stopwatch.StartNew();
            var document = PlanBuilder.Build(inputs);
            var composed = watch.Elapsed.TotalSeconds;
            pdf = PlanPdf.Render(document);
            var total = watch.Elapsed.TotalSeconds;
            if (pass >= 0)
            {
                compose[pass] = composed;
                render[pass] = total - composed;
                totals[pass] = total;
            }
        }
        if (output is not null)
        {
            Directory.CreateDirectory(output);
            File.WriteAllBytes(Path.Combine(output, $"plan-{kind}-{count}-zh.pdf"), pdf);
            File.WriteAllBytes(Path.Combine(output, $"plan-{kind}-{count}-en.pdf"),
                PlanPdf.Render(PlanBuilder.Build(inputs with { Language = Language.En })));
        }
        return new PlanMeasurement(PageCount(pdf), pdf.Length, Median(totals), totals, Median(compose), Median(render), ProcessMemory.PeakMb());
    }

    private static PlanMeasurement MeasureEmpty(int pages, int passes)
    {
        byte[] pdf = [];
        var totals = new double[passes];
        for (var pass = -1; pass < passes; pass++)
        {
            Collect();
            var watch = Stopwatch.StartNew();
            using (var stream = new MemoryStream())
            {
                using (var wrapper = new SKManagedWStream(stream, disposeManagedStream: false))
                using (var document = SKDocument.CreatePdf(wrapper, new SKDocumentPdfMetadata { Creation = DateTime.UnixEpoch, Modified = DateTime.UnixEpoch }))
                {
                    for (var i = 0; i < pages; i++)
                    {
                        document.BeginPage(595.28f, 841.89f);
                        document.EndPage();
                    }
                    document.Close();
                }
                pdf = stream.ToArray();
            }
            if (pass >= 0)
            {
                totals[pass] = watch.Elapsed.TotalSeconds;
            }
        }
        return new PlanMeasurement(pages, pdf.Length, Median(totals), totals, 0, Median(totals), ProcessMemory.PeakMb());
    }

    // Page objects are "/Type /Page" (the tree nodes are "/Type /Pages"); Skia does not compress object headers.
    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![s\w])").Count;

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(' ', File.ReadAllText(loadavg).Split(' ').Take(3)) : "n/a";
    }
}

/// <summary>One case's figures, passed from the child process as a single line.</summary>
internal sealed record PlanMeasurement(int Pages, long Bytes, double MedianSeconds, double[] PassSeconds, double ComposeSeconds, double RenderSeconds, double PeakMb)
{
    private const string Prefix = "PLAN ";

    public string ToOutputLine() => Prefix + string.Join(';', new[]
    {
        Pages.ToString(CultureInfo.InvariantCulture), Bytes.ToString(CultureInfo.InvariantCulture),
        MedianSeconds.ToString("R", CultureInfo.InvariantCulture),
        string.Join(',', PassSeconds.Select(s => s.ToString("R", CultureInfo.InvariantCulture))),
        ComposeSeconds.ToString("R", CultureInfo.InvariantCulture), RenderSeconds.ToString("R", CultureInfo.InvariantCulture),
        PeakMb.ToString("R", CultureInfo.InvariantCulture),
    });

    public static PlanMeasurement? FromOutputLine(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var f = line[Prefix.Length..].Split(';');
        static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return new PlanMeasurement(int.Parse(f[0], CultureInfo.InvariantCulture), long.Parse(f[1], CultureInfo.InvariantCulture), D(f[2]),
            [.. f[3].Split(',').Select(D)], D(f[4]), D(f[5]), D(f[6]));
    }
}
