export const SOURCE_HASH = "e8f9f0067fec801a";
export const COMPILED_VOTES_SPEC = {
    "$schema": "https://vega.github.io/schema/vega/v6.json",
    "background": "white",
    "padding": 5,
    "width": 360,
    "style": "cell",
    "data": [
        {
            "name": "votes"
        },
        {
            "name": "agreed"
        },
        {
            "name": "data_0",
            "source": "votes",
            "transform": [
                {
                    "type": "filter",
                    "expr": "isValid(datum[\"vote\"]) && isFinite(+datum[\"vote\"]) && isValid(datum[\"count\"]) && isFinite(+datum[\"count\"])"
                }
            ]
        },
        {
            "name": "data_1",
            "source": "agreed",
            "transform": [
                {
                    "type": "filter",
                    "expr": "isValid(datum[\"agreed\"]) && isFinite(+datum[\"agreed\"])"
                }
            ]
        }
    ],
    "signals": [
        {
            "name": "y_step",
            "value": 26
        },
        {
            "name": "height",
            "update": "bandspace(domain('y').length, 0, 0) * y_step"
        }
    ],
    "marks": [
        {
            "name": "layer_0_marks",
            "type": "symbol",
            "style": [
                "circle"
            ],
            "from": {
                "data": "data_0"
            },
            "encode": {
                "update": {
                    "opacity": {
                        "value": 0.75
                    },
                    "fill": {
                        "value": "#0072B2"
                    },
                    "ariaRoleDescription": {
                        "value": "circle"
                    },
                    "description": {
                        "signal": "\"@@votesAxisVote@@: \" + (format(datum[\"vote\"], \"d\")) + \"; commitment: \" + (isValid(datum[\"commitment\"]) ? isArray(datum[\"commitment\"]) ? join(datum[\"commitment\"], ' ') : datum[\"commitment\"] : \"\"+datum[\"commitment\"]) + \"; @@votesAxisCount@@: \" + (format(datum[\"count\"], \"d\"))"
                    },
                    "x": {
                        "scale": "x",
                        "field": "vote"
                    },
                    "y": {
                        "scale": "y",
                        "field": "commitment",
                        "band": 0.5
                    },
                    "size": {
                        "scale": "size",
                        "field": "count"
                    },
                    "shape": {
                        "value": "circle"
                    }
                }
            }
        },
        {
            "name": "layer_1_marks",
            "type": "rect",
            "style": [
                "tick"
            ],
            "from": {
                "data": "data_1"
            },
            "encode": {
                "update": {
                    "opacity": {
                        "value": 0.7
                    },
                    "fill": {
                        "value": "black"
                    },
                    "ariaRoleDescription": {
                        "value": "tick"
                    },
                    "description": {
                        "signal": "\"agreed: \" + (format(datum[\"agreed\"], \"d\")) + \"; commitment: \" + (isValid(datum[\"commitment\"]) ? isArray(datum[\"commitment\"]) ? join(datum[\"commitment\"], ' ') : datum[\"commitment\"] : \"\"+datum[\"commitment\"])"
                    },
                    "yc": {
                        "scale": "y",
                        "field": "commitment",
                        "band": 0.5
                    },
                    "height": {
                        "value": 22
                    },
                    "xc": {
                        "scale": "x",
                        "field": "agreed"
                    },
                    "width": {
                        "value": 3
                    }
                }
            }
        }
    ],
    "scales": [
        {
            "name": "x",
            "type": "linear",
            "domain": [
                1,
                9
            ],
            "range": [
                0,
                {
                    "signal": "width"
                }
            ],
            "nice": false,
            "zero": false
        },
        {
            "name": "y",
            "type": "band",
            "domain": {
                "fields": [
                    {
                        "data": "votes",
                        "field": "commitment"
                    },
                    {
                        "data": "agreed",
                        "field": "commitment"
                    }
                ],
                "sort": {
                    "op": "min",
                    "field": "order"
                }
            },
            "range": {
                "step": {
                    "signal": "y_step"
                }
            },
            "paddingInner": 0,
            "paddingOuter": 0
        },
        {
            "name": "size",
            "type": "linear",
            "domain": [
                0,
                1
            ],
            "range": [
                0,
                360
            ],
            "zero": true
        }
    ],
    "axes": [
        {
            "scale": "x",
            "orient": "bottom",
            "grid": true,
            "gridColor": "#e3e3e3",
            "values": [
                1,
                2,
                3,
                4,
                5,
                6,
                7,
                8,
                9
            ],
            "gridScale": "y",
            "tickMinStep": 1,
            "domain": false,
            "labels": false,
            "aria": false,
            "maxExtent": 0,
            "minExtent": 0,
            "ticks": false,
            "zindex": 0
        },
        {
            "scale": "x",
            "orient": "bottom",
            "grid": false,
            "title": "@@votesAxisVote@@",
            "format": "d",
            "values": [
                1,
                2,
                3,
                4,
                5,
                6,
                7,
                8,
                9
            ],
            "labelFlush": true,
            "labelOverlap": true,
            "tickMinStep": 1,
            "zindex": 0
        },
        {
            "scale": "y",
            "orient": "left",
            "grid": false,
            "domain": false,
            "labelFontSize": 11,
            "labelLimit": 260,
            "labelPadding": 8,
            "ticks": false,
            "zindex": 0
        }
    ],
    "legends": [
        {
            "format": "d",
            "title": "@@votesAxisCount@@",
            "values": [
                1
            ],
            "size": "size",
            "symbolType": "circle",
            "encode": {
                "symbols": {
                    "update": {
                        "fill": {
                            "value": "#0072B2"
                        },
                        "opacity": {
                            "value": 0.75
                        },
                        "stroke": {
                            "value": "transparent"
                        }
                    }
                }
            }
        }
    ],
    "config": {
        "axis": {
            "titleFontWeight": "normal"
        },
        "style": {
            "guide-label": {
                "font": "Helvetica, Arial, sans-serif"
            },
            "guide-title": {
                "font": "Helvetica, Arial, sans-serif"
            },
            "group-title": {
                "font": "Helvetica, Arial, sans-serif"
            },
            "group-subtitle": {
                "font": "Helvetica, Arial, sans-serif"
            },
            "cell": {
                "stroke": "#cfcfcf"
            },
            "text": {
                "font": "Helvetica, Arial, sans-serif"
            }
        }
    }
};
