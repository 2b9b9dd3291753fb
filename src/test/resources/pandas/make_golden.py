"""Writes golden.txt: what pandas prints for the cases PandasPrintingTest rebuilds in Java.

Run with Debian 12's python3-pandas 1.5.3 (same formatting code as pandas 2.x for these cases); the few places
where pandas 2.x prints differently are produced here in the 2.x form and marked '2.x:'.
"""
import io, sys
import numpy as np
import pandas as pd
from sklearn.datasets import load_iris, load_wine, load_breast_cancer, load_digits

# Colab runs an IPython kernel, where pandas sets display.max_columns=20 (a plain interpreter counts as a
# terminal and gets 0, which fits columns to the terminal instead).
pd.set_option('display.max_columns', 20)

HERE = sys.argv[1]
CSV = HERE + '/../csv/'
out = []

def case(name, text):
    out.append('@@@ ' + name + '\n' + text + '\n')

def info(df):
    buf = io.StringIO()
    df.info(buf=buf)
    return buf.getvalue()

def value_counts_2x(s, normalize=False):
    # 2.x: the result is named 'count'/'proportion' and its index takes the series' name
    vc = s.value_counts(normalize=normalize)
    vc.name = 'proportion' if normalize else 'count'
    vc.index.name = s.name
    return vc

iris = load_iris()
df = pd.DataFrame(iris.data, columns=iris.feature_names)
df['target'] = iris.target
case('iris', repr(df))
case('iris.head', repr(df.head()))
case('iris.tail3', repr(df.tail(3)))
case('iris.describe', repr(df.describe()))
case('iris.info', info(df))
case('iris.dtypes', repr(df.dtypes))
case('iris.columns', repr(df.columns))
case('iris.sepal', repr(df['sepal length (cm)']))
case('iris.sepal.head', repr(df['sepal length (cm)'].head()))
case('iris.target.value_counts', repr(value_counts_2x(df['target'])))
case('iris.target.describe', repr(df['target'].describe()))
case('iris.isna.sum', repr(df.isna().sum()))
case('iris.mean', repr(df.mean()))
case('iris.sum', repr(df.sum()))
case('iris.sepal.mean', repr(df['sepal length (cm)'].mean()))
case('iris.sepal.std', repr(df['sepal length (cm)'].std()))

wine = load_wine()
w = pd.DataFrame(wine.data, columns=wine.feature_names)
case('wine.head', repr(w.head()))
case('wine.describe', repr(w.describe()))

bc = load_breast_cancer()
b = pd.DataFrame(bc.data, columns=bc.feature_names)
case('breast_cancer', repr(b))
case('breast_cancer.info', info(b))

dg = load_digits()
d = pd.DataFrame(dg.data, columns=dg.feature_names)
case('digits.head', repr(d.head()))

def read(name, **kw):
    return pd.read_csv(CSV + name, **kw)

m = read('missing.csv')
case('missing', repr(m))
case('missing.info', info(m))
case('missing.isna', repr(m.isna()))
case('missing.isna.sum', repr(m.isna().sum()))
case('missing.dropna', repr(m.dropna()))
case('missing.dropna.subset', repr(m.dropna(subset=['label'])))
case('missing.fillna0', repr(m.fillna(0)))
case('missing.x', repr(m['x']))
case('missing.label.value_counts', repr(value_counts_2x(m['label'])))
case('missing.describe', repr(m.describe()))
case('missing.label.describe', repr(m['label'].describe()))
case('quoted', repr(read('quoted.csv')))
case('korean', repr(read('bom_korean.csv')))
case('exponents', repr(read('exponents.csv')))
case('implicit_index', repr(read('implicit_index.csv')))
case('header_only', repr(read('header_only.csv')))
case('no_header', repr(read('no_header.csv', header=None)))
case('no_header.info', info(read('no_header.csv', header=None)))
case('tab', repr(read('tab.tsv', sep='\t')))
case('mixed', repr(read('mixed_types.csv')))
case('dummies.frame', repr(pd.get_dummies(read('tab.tsv', sep='\t'), dtype=bool)))
case('dummies.series', repr(pd.get_dummies(m['label'], dtype=bool)))
case('dummies.drop_first', repr(pd.get_dummies(m, columns=['label'], drop_first=True, dtype=bool)))

f = pd.DataFrame({
    'small': [1e-7, 0.5, 2.0],
    'large': [1234567.891, 2.5, 3.0],
    'ints_as_float': [1.0, 2.0, 3.0],
    'neg': [-1.5, 0.25, -0.125],
    'big_short': [2e6, 3e6, 4e6],
})
case('floats', repr(f))
s_empty = pd.Series([], dtype='float64', name='e')
case('series.empty', repr(s_empty))
case('series.objects', repr(pd.Series(['a', None, 1.5, 2, True])))
case('series.long_text', repr(pd.Series(['x' * 60, 'short'])))
case('frame.empty', repr(pd.DataFrame()))
case('frame.long_text', repr(pd.DataFrame({'t': ['y' * 70, 'ok'], 'n': [1, 2]})))
big = pd.DataFrame({'v': np.arange(100) * 1.5})
case('frame.100rows', repr(big))
case('series.100rows', repr(big['v']))

neg = pd.DataFrame({'a': [-1, 20, 3], 'b': [-1.5, 2.25, None]})
case('neg', repr(neg))
case('neg.a', repr(neg['a']))
odd = m[m['id'] % 2 == 1]
case('filtered', repr(odd))
# 2.x: Int64Index is gone, integer labels print as Index([...], dtype='int64')
case('filtered.index', repr(odd.index).replace('Int64Index(', 'Index('))
case('float.value_counts', repr(value_counts_2x(pd.Series([1.5, 2.0, 1.5], name='v'))))
case('bool.series', repr(pd.Series([True, False], name=0)))
wide = pd.DataFrame(np.arange(75).reshape(3, 25) * 1.0, columns=['c%d' % i for i in range(25)])
case('wide25', repr(wide))
case('rows61', repr(pd.DataFrame({'n': np.arange(61)})))
case('rows60', repr(pd.DataFrame({'n': np.arange(60)})))
case('object.describe', repr(read('quoted.csv')[['name', 'comment']].describe()))
case('columns.int', 'Index([0, 1, 2], dtype=\'int64\')')
case('columns.long', repr(pd.Index(['feature_%d' % i for i in range(12)])))

with open(HERE + '/golden.txt', 'w', encoding='utf-8') as fh:
    fh.write(''.join(out))
