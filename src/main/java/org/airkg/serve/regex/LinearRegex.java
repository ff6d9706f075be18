package org.airkg.serve.regex;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/**
 * Puts every SPARQL function that takes a regular expression on RE2/J for the queries and updates run with one
 * context: the built-ins {@code REGEX} and {@code REPLACE} (rewritten, before ARQ's own optimizer runs and might
 * evaluate them, into calls of {@link LinearMatches} and {@link LinearReplace}), the functions {@code fn:matches},
 * {@code fn:replace}, {@code sparql:regex}, {@code sparql:replace}, and the property function
 * {@code apf:strSplit}.
 *
 * <p>Jena offers no way to plug a regex engine in (its {@code RegexEngine} knows only java.util.regex and
 * Xerces, both backtracking), so the functions are swapped in the context's registries instead; the global
 * registries are left alone. Example:
 *
 * <pre>{@code
 * Context context = new Context();
 * LinearRegex.install(context);
 * QueryExec.dataset(dsg).query(q).context(context).select();
 * }</pre>
 */
public final class LinearRegex {

    /** The IRI REGEX is rewritten to; only the installed registry knows it, so it can never fall back to Java. */
    public static final String MATCHES = "urn:x-airkg:function:linear-matches";
    /** The IRI REPLACE is rewritten to. */
    public static final String REPLACE = "urn:x-airkg:function:linear-replace";

    private static final String XPATH = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    private static final String APF = "http://jena.apache.org/ARQ/property#strSplit";
    private static final String APF_OLD = "http://jena.hpl.hp.com/ARQ/property#strSplit";
    private static final String APF_JAVA = "java:" + strSplit.class.getName();

    private LinearRegex() {}

    /** Sets the context's optimizer, function and property function registries so that no regex backtracks. */
    public static void install(Context context) {
        FunctionRegistry own = FunctionRegistry.get(context);
        FunctionRegistry functions = FunctionRegistry.createFrom(own == null ? FunctionRegistry.get() : own);
        for (String iri : new String[] {MATCHES, XPATH + "matches", SPARQL + "regex"}) {
            functions.put(iri, LinearMatches.class);
        }
        for (String iri : new String[] {REPLACE, XPATH + "replace", SPARQL + "replace"}) {
            functions.put(iri, LinearReplace.class);
        }
        FunctionRegistry.set(context, functions);
        PropertyFunctionRegistry.set(context, new LinearPropertyFunctions(PropertyFunctionRegistry.chooseRegistry(context)));
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) LinearRegex::optimizer);
        context.set(ARQ.optimization, true);
    }

    /** REGEX and REPLACE in {@code op} (filters, binds, aggregates, EXISTS patterns) as calls of the RE2 functions. */
    public static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new ToLinear(), op);
    }

    private static Rewrite optimizer(Context context) {
        Rewrite standard = Optimize.getFactory().create(context);
        return op -> standard.rewrite(rewrite(op));
    }

    /** Replaces the two built-ins by function calls; every other expression is copied as it is. */
    private static final class ToLinear extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new E_Function(MATCHES, args);
            }
            if (func instanceof E_StrReplace) {
                return new E_Function(REPLACE, args);
            }
            return super.transform(func, args);
        }
    }

    /** The property functions of a registry, with strSplit on RE2/J under each of its names. */
    private static final class LinearPropertyFunctions extends PropertyFunctionRegistry {
        private final PropertyFunctionRegistry base;

        LinearPropertyFunctions(PropertyFunctionRegistry base) {
            this.base = base;
        }

        private static boolean isStrSplit(String uri) {
            return APF.equals(uri) || APF_OLD.equals(uri) || APF_JAVA.equals(uri);
        }

        @Override
        public boolean manages(String uri) {
            return isStrSplit(uri) || base.manages(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return isStrSplit(uri) || base.isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isStrSplit(uri) ? u -> new LinearStrSplit() : base.get(uri);
        }
    }
}
