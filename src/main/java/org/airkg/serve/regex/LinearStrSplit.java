package org.airkg.serve.regex;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.util.IterLib;

/**
 * The property function {@code ?token apf:strSplit (text pattern)} on RE2/J: binds {@code ?token} to each piece
 * of the text between matches, trimmed, as Jena's own {@code strSplit} does with {@code String.split}.
 */
public final class LinearStrSplit extends PFuncSimpleAndList {

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        if (!Var.isVar(subject)) {
            throw new ExprEvalException("strSplit: subject is not a variable (" + subject + ")");
        }
        if (object.getArgListSize() != 2) {
            throw new ExprEvalException("strSplit: the object list must hold the text to split and a pattern");
        }
        if (!object.getArg(0).isLiteral() || !object.getArg(1).isLiteral()) {
            return IterLib.noResults(execCxt);
        }
        String text = object.getArg(0).getLiteralLexicalForm();
        String pattern = object.getArg(1).getLiteralLexicalForm();
        Var var = Var.alloc(subject);
        Iterator<Binding> it = Iter.map(
                Arrays.asList(SparqlRegex.compile("strSplit", pattern, "").split(text)).iterator(),
                token -> BindingFactory.binding(binding, var, NodeFactory.createLiteralString(token.trim())));
        return QueryIterPlainWrapper.create(it, execCxt);
    }
}
