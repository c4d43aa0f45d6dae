using GhgReports.Bench.IntakeRead;
using GhgReports.Bench.PlanRender;

namespace GhgReports.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine($"Usage: {IntakeReadBenchmark.Command} [--rows 10000,50000] [--passes 3]");
            Console.Error.WriteLine($"       {PlanBenchmark.Command} [--passes 5] [--subsidiaries 200] [--out folder]");
            return 2;
        }
        return args[0] switch
        {
            IntakeReadBenchmark.Command => IntakeReadBenchmark.Run(args[1..]),
            IntakeReadBenchmark.MeasureCommand => IntakeReadBenchmark.RunChild(args[1..]),
            PlanBenchmark.Command => PlanBenchmark.Run(args[1..]),
            PlanBenchmark.MeasureCommand => PlanBenchmark.RunChild(args[1..]),
            _ => Usage(args[0]),
        };
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: {IntakeReadBenchmark.Command}, {PlanBenchmark.Command}");
        return 2;
    }
}
