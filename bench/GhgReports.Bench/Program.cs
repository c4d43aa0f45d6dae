using GhgReports.Bench.IntakeRead;
using GhgReports.Bench.Pack;
using GhgReports.Bench.PlanRender;

namespace GhgReports.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine($"Usage: {IntakeReadBenchmark.Command} [--rows 10000,50000] [--passes 3]");
            Console.Error.WriteLine($"       {IntakeStore.IntakeStoreBenchmark.Command} [--rows 50000]");
            Console.Error.WriteLine($"       {PackBenchmark.Command} [--subsidiaries 200] [--lines 50]");
            Console.Error.WriteLine($"       {PlanBenchmark.Command} [--passes 5] [--subsidiaries 4,200,2000] [--out folder]");
            return 2;
        }
        return args[0] switch
        {
            IntakeReadBenchmark.Command => IntakeReadBenchmark.Run(args[1..]),
            IntakeReadBenchmark.MeasureCommand => IntakeReadBenchmark.RunChild(args[1..]),
            IntakeStore.IntakeStoreBenchmark.Command => IntakeStore.IntakeStoreBenchmark.Run(args[1..]),
            PackBenchmark.Command => PackBenchmark.Run(args[1..]),
            PlanBenchmark.Command => PlanBenchmark.Run(args[1..]),
            PlanBenchmark.MeasureCommand => PlanBenchmark.RunChild(args[1..]),
            _ => Usage(args[0]),
        };
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: {IntakeReadBenchmark.Command}, {IntakeStore.IntakeStoreBenchmark.Command}, {PackBenchmark.Command}, {PlanBenchmark.Command}");
        return 2;
    }
}
