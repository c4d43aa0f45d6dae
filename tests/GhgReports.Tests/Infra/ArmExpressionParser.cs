using System.Globalization;

namespace GhgReports.Tests.Infra;

/// <summary>
/// Parses one ARM template expression (the text between "[" and "]") into a function that evaluates it in a scope:
/// string and integer literals, function calls, ".member" and "[index]". Arguments are evaluated only when a function
/// asks for them, so if() never evaluates the branch it does not take.
/// </summary>
internal sealed class ArmExpressionParser(string text, ArmScope scope)
{
    private int _at;

    public Func<object?> Parse()
    {
        var expression = Expression();
        SkipSpaces();
        return _at == text.Length ? expression : throw Error("unexpected text");
    }

    private Func<object?> Expression()
    {
        SkipSpaces();
        var value = Peek() switch
        {
            '\'' => Literal(StringLiteral()),
            var c when char.IsDigit(c) || c == '-' => Literal(IntegerLiteral()),
            _ => Call(),
        };
        while (true)
        {
            SkipSpaces();
            if (Take('.'))
            {
                var member = Identifier();
                var target = value;
                value = () => target() is ArmObject obj ? obj[member] : throw Error($"'.{member}' on a value that is not an object");
            }
            else if (Take('['))
            {
                var index = Expression();
                Expect(']');
                var target = value;
                value = () => (target(), index()) switch
                {
                    (List<object?> list, long i) => list[checked((int)i)],
                    (ArmObject obj, string name) => obj[name],
                    _ => throw Error("an index into a value that is neither an array nor an object"),
                };
            }
            else
            {
                return value;
            }
        }
    }

    private Func<object?> Call()
    {
        var name = Identifier();
        Expect('(');
        var args = new List<Func<object?>>();
        SkipSpaces();
        if (!Take(')'))
        {
            do
            {
                args.Add(Expression());
                SkipSpaces();
            }
            while (Take(','));
            Expect(')');
        }
        return Function(name.ToLowerInvariant(), args);
    }

    private Func<object?> Function(string name, List<Func<object?>> args) => name switch
    {
        "parameters" => () => scope.Parameter(Text(args[0]())),
        "variables" => () => scope.Variable(Text(args[0]())),
        "copyindex" when args.Count == 0 => () => (long)scope.CopyIndex(),
        "format" => () => string.Format(CultureInfo.InvariantCulture, Text(args[0]()), [.. args.Skip(1).Select(a => a())]),
        "createarray" => () => args.Select(a => a()).ToList(),
        "createobject" => () => ArmObject.Of(args.Chunk(2).Select(pair => new KeyValuePair<string, Func<object?>>(Text(pair[0]()), pair[1]))),
        "union" => () => ArmObject.Of(args.Select(a => a() as ArmObject ?? throw Error("union() of values that are not objects"))
            .SelectMany(obj => obj.Names.Select(member => new KeyValuePair<string, Func<object?>>(member, () => obj[member])))),
        "concat" => () => Concat([.. args.Select(a => a())]),
        "length" => () => (long)(args[0]() switch
        {
            string s => s.Length,
            List<object?> list => list.Count,
            ArmObject obj => obj.Names.Count(),
            _ => throw Error("length() of a value without one"),
        }),
        "empty" => () => args[0]() switch
        {
            null => true,
            string s => s.Length == 0,
            List<object?> list => list.Count == 0,
            ArmObject obj => !obj.Names.Any(),
            _ => throw Error("empty() of a value that cannot be empty"),
        },
        "not" => () => args[0]() is not true,
        "equals" => () => Equals(args[0](), args[1]()),
        "if" => () => args[0]() is true ? args[1]() : args[2](),
        "true" => () => true,
        "false" => () => false,
        "tolower" => () => Text(args[0]()).ToLowerInvariant(),
        "uniquestring" => () => ArmScope.UniqueString(args.Select(a => Text(a()))),
        "subscription" => ArmScope.Subscription,
        _ => throw Error($"the function {name}() is not evaluated here"),
    };

    private object Concat(List<object?> values) =>
        values.All(v => v is List<object?>) ? values.SelectMany(v => (List<object?>)v!).ToList()
        : values.All(v => v is string) ? string.Concat(values.Cast<string>())
        : throw Error("concat() of mixed values");

    private static Func<object?> Literal(object value) => () => value;

    private string StringLiteral()
    {
        Expect('\'');
        var value = new System.Text.StringBuilder();
        while (true)
        {
            if (_at >= text.Length)
            {
                throw Error("unterminated string");
            }
            var c = text[_at++];
            if (c == '\'')
            {
                // '' is an escaped quote.
                if (!Take('\''))
                {
                    return value.ToString();
                }
            }
            value.Append(c);
        }
    }

    private long IntegerLiteral()
    {
        var start = _at;
        Take('-');
        while (_at < text.Length && char.IsDigit(text[_at]))
        {
            _at++;
        }
        return long.Parse(text[start.._at], CultureInfo.InvariantCulture);
    }

    private string Identifier()
    {
        SkipSpaces();
        var start = _at;
        while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '$' or '#'))
        {
            _at++;
        }
        return _at > start ? text[start.._at] : throw Error("a name expected");
    }

    private string Text(object? value) => value as string ?? throw Error($"a string expected, got {value ?? "null"}");

    private char Peek() => _at < text.Length ? text[_at] : throw Error("unexpected end");

    private bool Take(char c)
    {
        if (_at < text.Length && text[_at] == c)
        {
            _at++;
            return true;
        }
        return false;
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (!Take(c))
        {
            throw Error($"'{c}' expected");
        }
    }

    private void SkipSpaces()
    {
        while (_at < text.Length && text[_at] == ' ')
        {
            _at++;
        }
    }

    private NotSupportedException Error(string what) => new($"ARM expression [{text}] at {_at}: {what}.");
}
